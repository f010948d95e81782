using ElectroTutor.Simulation.Contraction;

namespace ElectroTutor.Simulation.Scenarios;

/// <summary>
/// Scenario model <c>contraction</c>: excitation–contraction coupling of a fast-twitch fibre for a train of action
/// potentials (twitch, summation, tetanus), and the steady Ca²⁺–force (Hill) relation with its inverse.
/// </summary>
public sealed class ContractionScenario : IScenarioModel
{
    private static readonly ExcitationContractionParameters Defaults = ExcitationContractionParameters.FastTwitchMouse;

    /// <inheritdoc />
    public string Name => "contraction";

    /// <inheritdoc />
    public string Description =>
        "Twitch, summation and tetanus of a fast-twitch muscle fibre from SR Ca²⁺ release, buffering, SERCA re-uptake and cross-bridges; and the steady Ca²⁺–force (Hill) relation.";

    /// <inheritdoc />
    public IReadOnlyList<ScenarioParameter> Inputs { get; } =
    [
        ScenarioParameter.Number("frequencyHz", "Hz", "Stimulation frequency of the action-potential train.", 100, 0.1, 300, "freq", "f"),
        ScenarioParameter.OptionalNumber("pulseCount", "1", "Number of action potentials; without it and durationMs, one (a twitch).", 1, 1000, "pulses"),
        ScenarioParameter.OptionalNumber("durationMs", "ms", "Train duration instead of pulseCount: pulses at 0, 1/f, 2/f, … before it.", 0.001, 10_000, "duration"),
        ScenarioParameter.Number("pCa50", "1", "pCa at half-maximal force of the Ca²⁺–force relation.", 6.0, 4, 8, "pca50"),
        ScenarioParameter.Number("hillCoefficient", "1", "Hill coefficient (steepness) of the Ca²⁺–force relation.", 4, 0.5, 10, "nH", "hill"),
        ScenarioParameter.OptionalNumber("calciumUm", "µM", "Free Ca²⁺ for steadyForceFraction.", 0, 10_000, "ca"),
        ScenarioParameter.OptionalNumber("pCa", "1", "pCa for steadyForceFraction, instead of calciumUm.", 2, 10),
        ScenarioParameter.OptionalNumber("forceFraction", "1", "Force as a fraction of maximum (strictly between 0 and 1) for calciumForForceUm and pCaForForce.", 0, 1, "force"),
        ScenarioParameter.Number("releasePeakUmPerMs", "µM/ms", "Peak SR Ca²⁺ release flux of the first action potential; 0 means no release.", Defaults.ReleasePeakUmPerMs, 0, 2000, "release"),
        ScenarioParameter.Number("releaseHalfWidthMs", "ms", "Full duration at half maximum of one release pulse.", Defaults.ReleaseHalfWidthMs, 0.2, 10, "releaseWidth"),
        ScenarioParameter.Number("releaseDepressionFraction", "1", "Fraction of release availability used by each action potential (Ca²⁺ inactivation).", Defaults.ReleaseDepressionFraction, 0, 1, "depression"),
        ScenarioParameter.Number("sercaVmaxUmPerMs", "µM/ms", "Maximal SERCA re-uptake rate; 0 blocks the pump.", Defaults.SercaVmaxUmPerMs, 0, 100, "serca"),
        ScenarioParameter.Number("sercaHalfSaturationUm", "µM", "Free Ca²⁺ at half-maximal SERCA rate.", Defaults.SercaHalfSaturationUm, 0.01, 100, "sercaKm"),
        ScenarioParameter.Number("parvalbuminUm", "µM", "Parvalbumin Ca²⁺ sites; 0 for a fibre without parvalbumin.", Defaults.ParvalbuminSitesUm, 0, 5000, "pv"),
        ScenarioParameter.Number("troponinUm", "µM", "Troponin regulatory Ca²⁺ sites.", Defaults.TroponinSitesUm, 0, 2000, "tn"),
        ScenarioParameter.Number("attachmentTimeConstantMs", "ms", "Cross-bridge attachment time constant (force rise when activated).", Defaults.AttachmentTimeConstantMs, 1, 1000, "tauAttach"),
        ScenarioParameter.Number("detachmentTimeConstantMs", "ms", "Cross-bridge detachment time constant (force decay when not activated).", Defaults.DetachmentTimeConstantMs, 1, 1000, "tauDetach"),
        ScenarioParameter.Number("restingCalciumUm", "µM", "Resting free Ca²⁺.", Defaults.RestingCalciumUm, 0.001, 1, "rest"),
        ScenarioParameter.Number("timeStepMs", "ms", "Largest integration step.", ExcitationContractionModel.DefaultTimeStepMs, 0.005, 0.5, "dt"),
    ];

    /// <inheritdoc />
    public IReadOnlyList<ScenarioQuantity> Quantities { get; } =
    [
        new("peakForceFraction", "1", "Largest force of the train, as a fraction of the maximal Ca²⁺-activated force."),
        new("peakCalciumUm", "µM", "Largest free cytosolic Ca²⁺ during the train."),
        new("timeToPeakMs", "ms", "Single twitch: time from the action potential to peak force."),
        new("halfRelaxationMs", "ms", "Single twitch: time from peak force until force has fallen to half of it."),
        new("twitchTetanusRatio", "1", "Peak twitch force over peak force of a fused tetanus (150 Hz for 500 ms)."),
        new("summationRatio", "1", "Peak force of the train over peak force of a single twitch."),
        new("fusionIndex", "1", "Trough over peak force between the last two action potentials (1 = smooth fused tetanus); needs 2 or more pulses."),
        new("residualForceFraction", "1", "Force 300 ms after the last action potential (near 0 when the fibre relaxes)."),
        new("residualCalciumUm", "µM", "Free Ca²⁺ 300 ms after the last action potential."),
        new("steadyForceFraction", "1", "Steady force at calciumUm or pCa from the Hill relation."),
        new("calciumForForceUm", "µM", "Free Ca²⁺ that holds forceFraction in the steady state (inverse Hill relation)."),
        new("pCaForForce", "1", "pCa that holds forceFraction in the steady state (inverse Hill relation)."),
        new("halfActivationCalciumUm", "µM", "Ca50: free Ca²⁺ giving half-maximal force, 10^(6 − pCa50) µM."),
    ];

    /// <inheritdoc />
    public double Evaluate(ScenarioArguments arguments, ScenarioQuantity quantity)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(quantity);
        var relation = new CalciumForceRelation(arguments.Number("pCa50"), arguments.Number("hillCoefficient"));
        return quantity.Name switch
        {
            "steadyForceFraction" => SteadyForce(arguments, relation),
            "calciumForForceUm" => relation.CalciumForForceUm(Required(arguments, "forceFraction", quantity)),
            "pCaForForce" => relation.PCaForForce(Required(arguments, "forceFraction", quantity)),
            "halfActivationCalciumUm" => relation.HalfActivationCalciumUm,
            _ => EvaluateTrain(arguments, quantity, new ExcitationContractionModel(Parameters(arguments, relation))),
        };
    }

    private static double EvaluateTrain(ScenarioArguments arguments, ScenarioQuantity quantity, ExcitationContractionModel model)
    {
        var step = arguments.Number("timeStepMs");
        return quantity.Name switch
        {
            "timeToPeakMs" => model.Twitch(step).TimeOfPeakForceMs,
            "halfRelaxationMs" => model.Twitch(step).HalfRelaxationMs,
            "twitchTetanusRatio" => model.TwitchTetanusRatio(step),
            "summationRatio" => model.SummationRatio(Train(arguments), step),
            "fusionIndex" => Fusion(model.Simulate(Train(arguments), step)),
            _ => TrainQuantity(quantity.Name, model.Simulate(Train(arguments), step)),
        };
    }

    private static double TrainQuantity(string name, ContractionResponse response) => name switch
    {
        "peakForceFraction" => response.PeakForceFraction,
        "peakCalciumUm" => response.PeakCalciumUm,
        "residualForceFraction" => response.FinalForceFraction,
        "residualCalciumUm" => response.FinalCalciumUm,
        _ => throw new ScenarioException($"Model 'contraction' has no quantity '{name}'."),
    };

    private static double Fusion(ContractionResponse response) =>
        double.IsNaN(response.FusionIndex)
            ? throw new ScenarioException("fusionIndex needs a train of at least 2 pulses: give pulseCount or durationMs.")
            : response.FusionIndex;

    private static ExcitationContractionParameters Parameters(ScenarioArguments arguments, CalciumForceRelation relation) => Defaults with
    {
        ForceRelation = relation,
        ReleasePeakUmPerMs = arguments.Number("releasePeakUmPerMs"),
        ReleaseHalfWidthMs = arguments.Number("releaseHalfWidthMs"),
        ReleaseDepressionFraction = arguments.Number("releaseDepressionFraction"),
        SercaVmaxUmPerMs = arguments.Number("sercaVmaxUmPerMs"),
        SercaHalfSaturationUm = arguments.Number("sercaHalfSaturationUm"),
        ParvalbuminSitesUm = arguments.Number("parvalbuminUm"),
        TroponinSitesUm = arguments.Number("troponinUm"),
        AttachmentTimeConstantMs = arguments.Number("attachmentTimeConstantMs"),
        DetachmentTimeConstantMs = arguments.Number("detachmentTimeConstantMs"),
        RestingCalciumUm = arguments.Number("restingCalciumUm"),
    };

    private static StimulusTrain Train(ScenarioArguments arguments)
    {
        var frequency = arguments.Number("frequencyHz");
        var pulses = arguments.OptionalNumber("pulseCount");
        var duration = arguments.OptionalNumber("durationMs");
        if (pulses is { } count)
        {
            return duration is null && count == Math.Round(count)
                ? new StimulusTrain(frequency, (int)count)
                : throw new ScenarioException("Give either pulseCount (a whole number) or durationMs, not both.");
        }

        return duration is { } ms ? StimulusTrain.FromDuration(frequency, ms) : new StimulusTrain(frequency, 1);
    }

    private static double SteadyForce(ScenarioArguments arguments, CalciumForceRelation relation) =>
        (arguments.OptionalNumber("calciumUm"), arguments.OptionalNumber("pCa")) switch
        {
            ({ } calcium, null) => relation.ForceFraction(calcium),
            (null, { } pCa) => relation.ForceFractionAtPCa(pCa),
            (null, null) => throw new ScenarioException("steadyForceFraction needs calciumUm or pCa."),
            _ => throw new ScenarioException("Give either calciumUm or pCa, not both."),
        };

    private static double Required(ScenarioArguments arguments, string name, ScenarioQuantity quantity) =>
        arguments.OptionalNumber(name) ?? throw new ScenarioException($"{quantity.Name} needs input '{name}'.");
}
