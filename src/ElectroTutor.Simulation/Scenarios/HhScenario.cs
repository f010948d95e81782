using ElectroTutor.Simulation.HodgkinHuxley;

namespace ElectroTutor.Simulation.Scenarios;

/// <summary>
/// Scenario model <c>hh</c>: the space-clamped Hodgkin–Huxley squid axon under current clamp (a pulse, a long step or a
/// pulse pair), started from its own resting state, with its resting potential, spikes and excitability.
/// </summary>
public sealed class HhScenario : IScenarioModel
{
    /// <inheritdoc />
    public string Name => "hh";

    /// <inheritdoc />
    public string Description => "Hodgkin–Huxley squid axon (space clamp) under current clamp: rest, spikes, threshold, refractoriness, Na⁺ entry.";

    /// <inheritdoc />
    public IReadOnlyList<ScenarioParameter> Inputs { get; } =
    [
        ScenarioParameter.Text("protocol", "Stimulus: one pulse, a long step, or a pair of pulses.", HhStimulus.Pulse, [HhStimulus.Pulse, HhStimulus.Step, HhStimulus.Pair], "stim"),
        ScenarioParameter.Number("amplitudeUaCm2", "µA/cm²", "Amplitude of the pulse, step or first pulse (positive depolarises).", 10, -1000, 1000, "amp", "i"),
        ScenarioParameter.Number("pulseWidthMs", "ms", "Width of each pulse; also the pulse width of the threshold and refractory searches.", 1, 0.01, 100, "width", "w"),
        ScenarioParameter.Number("pulseStartMs", "ms", "Onset of the stimulus.", 5, 0, 1000, "start"),
        ScenarioParameter.Number("stepDurationMs", "ms", "Duration of the step protocol (1 s for the standard firing rate).", RepetitiveFiring.StandardStepDurationMs, 1, 2000, "stepdur"),
        ScenarioParameter.Number("intervalMs", "ms", "Pair protocol: onset-to-onset interval, at least the pulse width.", 10, 0.01, 200, "interval", "isi"),
        ScenarioParameter.OptionalNumber("secondAmplitudeUaCm2", "µA/cm²", "Pair protocol: amplitude of the second pulse; the first's when omitted.", -1000, 1000, "amp2"),
        ScenarioParameter.OptionalNumber("durationMs", "ms", "Simulated time; when omitted, the stimulus end plus 45 ms.", 1, 5000, "dur", "duration"),
        ScenarioParameter.Number("timeStepMs", "ms", "Integration step Δt.", HodgkinHuxleyAxon.DefaultTimeStepMs, 0.001, 0.1, "dt"),
        .. HhMembraneInputs.Inputs,
    ];

    /// <inheritdoc />
    public IReadOnlyList<ScenarioQuantity> Quantities => HhQuantities.All;

    /// <inheritdoc />
    public double Evaluate(ScenarioArguments arguments, ScenarioQuantity quantity)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(quantity);
        var parameters = HhMembraneInputs.Parameters(arguments);
        var axon = new HodgkinHuxleyAxon(parameters);
        var timeStepMs = arguments.Number("timeStepMs");
        var widthMs = arguments.Number("pulseWidthMs");
        return quantity.Name switch
        {
            "restingPotentialMv" => Quiescent(axon).PotentialMv,
            "spontaneouslyActive" => axon.Rest.IsQuiescent ? 0 : 1,
            "sodiumReversalMv" => parameters.SodiumReversalMv,
            "potassiumReversalMv" => parameters.PotassiumReversalMv,
            "thresholdCurrentUaCm2" => Found(PulseThreshold.AmplitudeUaCm2(Checked(axon), widthMs, timeStepMs), "No pulse up to 10⁵ µA/cm² fires this membrane."),
            "rheobaseUaCm2" => Found(Rheobase.AmplitudeUaCm2(Checked(axon), Rheobase.DefaultStepDurationMs, timeStepMs), "No step up to 10⁵ µA/cm² fires this membrane."),
            "absoluteRefractoryMs" => Found(Refractory(axon, widthMs, timeStepMs).AbsoluteMs, "A second spike never follows within 100 ms."),
            "relativeRefractoryMs" => Found(Refractory(axon, widthMs, timeStepMs).RelativeMs, "A second spike never follows within 100 ms."),
            _ => HhQuantities.FromRun(axon, HhStimulus.From(arguments), quantity.Name),
        };
    }

    private static MembraneEquilibrium Quiescent(HodgkinHuxleyAxon axon) =>
        axon.Rest.Rest ?? throw new ScenarioException(
            "With these inputs the membrane has no stable resting potential: it fires on its own (spontaneouslyActive = 1).");

    private static HodgkinHuxleyAxon Checked(HodgkinHuxleyAxon axon)
    {
        Quiescent(axon);
        return axon;
    }

    private static RefractoryPeriods Refractory(HodgkinHuxleyAxon axon, double widthMs, double timeStepMs) =>
        widthMs <= 10
            ? RefractoryPeriods.Measure(Checked(axon), widthMs, timeStepMs)
            : throw new ScenarioException("Refractory periods use pulses of at most 10 ms; lower 'pulseWidthMs'.");

    private static double Found(double value, string whyNot) => double.IsNaN(value) ? throw new ScenarioException(whyNot) : value;
}
