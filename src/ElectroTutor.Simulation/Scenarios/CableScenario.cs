using System.Globalization;
using ElectroTutor.Simulation.Cable;
using ElectroTutor.Simulation.HodgkinHuxley;

namespace ElectroTutor.Simulation.Scenarios;

/// <summary>
/// Scenario model <c>cable</c>: an action potential propagating along an unmyelinated Hodgkin–Huxley axon stimulated at
/// one end, with its conduction velocity between two recording sites. Defaults are Hodgkin and Huxley's 1952 axon at
/// 18.5 °C (18.7 m/s); one evaluation at the defaults takes about 10 ms.
/// </summary>
public sealed class CableScenario : IScenarioModel
{
    /// <summary>Most compartment-steps one evaluation may take, so that it stays chat-turn cheap (≈ 0.2 s).</summary>
    public const double MaximumWork = 2e7;

    private const double ReferenceDiameterUm = 476.0;
    private const double ReferenceResistivityOhmCm = 35.4;
    private const double ReferenceLengthCm = 5.0;
    private const double StimulusOnsetMs = 0.1;

    private static readonly ScenarioQuantity ConductionVelocity =
        new("conductionVelocityMPerS", "m/s", "Conduction velocity: distance between the two recording sites over the difference of their arrival times.");

    private static readonly ScenarioQuantity ArrivalTime =
        new("arrivalTimeMs", "ms", "Time from the stimulus onset until V at the second recording site first crosses −40 mV upward.");

    private static readonly ScenarioQuantity LengthConstant =
        new("lengthConstantCm", "cm", "Passive length constant λ = √(a/(2·R_i·g_rest)) with the resting conductance of all channels.");

    private static readonly ScenarioQuantity PeakPotential =
        new("peakPotentialMv", "mV", "Highest membrane potential at the second recording site.");

    private static readonly ScenarioQuantity Propagates =
        new("propagates", "1", "1 when an undecremented action potential reached both recording sites in order, else 0.");

    /// <inheritdoc />
    public string Name => "cable";

    /// <inheritdoc />
    public string Description => "Action potential propagating along an unmyelinated Hodgkin–Huxley axon, with its conduction velocity.";

    /// <inheritdoc />
    public IReadOnlyList<ScenarioParameter> Inputs { get; } =
    [
        ScenarioParameter.Number("diameterUm", "µm", "Axon diameter.", ReferenceDiameterUm, 0.1, 2000, "diameter", "d"),
        ScenarioParameter.OptionalNumber("lengthCm", "cm", "Axon length; default 5 cm × √((d/476 µm)·(35.4 Ω·cm/R_i)), about 7 length constants.", 1e-3, 100, "length", "L"),
        ScenarioParameter.Number("axialResistivityOhmCm", "Ω·cm", "Axoplasm resistivity R_i.", ReferenceResistivityOhmCm, 1, 10_000, "resistivity", "ri"),
        ScenarioParameter.Number("temperatureC", "°C", "Temperature; gating rates scale with Q10 = 3.", 18.5, -5, 50, "temp", "T"),
        ScenarioParameter.Number("compartmentCount", "1", "Number of equal compartments.", 500, CableGeometry.MinimumCompartmentCount, CableGeometry.MaximumCompartmentCount, "compartments", "n"),
        ScenarioParameter.Number("timeStepMs", "ms", "Time step Δt.", HodgkinHuxleyCable.DefaultTimeStepMs, 1e-4, 0.5, "dt"),
        ScenarioParameter.Number("durationMs", "ms", "Simulated time.", 10, 0.1, 1000, "duration", "tmax"),
        ScenarioParameter.Number("amplitudeUaCm2", "µA/cm²", "Stimulus current density over the stimulated end segment, starting at t = 0.1 ms.", 1000, 0, 1e5, "amplitude", "stim"),
        ScenarioParameter.Number("pulseWidthMs", "ms", "Stimulus pulse width.", 0.2, 0.001, 100, "width", "pw"),
        ScenarioParameter.OptionalNumber("stimulatedLengthCm", "cm", "Length of the stimulated end segment; default 1/50 of the axon.", 1e-5, 100, "stimLength"),
        ScenarioParameter.OptionalNumber("firstSiteCm", "cm", "First recording site from the stimulated end; default 1/4 of the length.", 0, 100, "site1", "x1"),
        ScenarioParameter.OptionalNumber("secondSiteCm", "cm", "Second recording site; default 3/4 of the length.", 0, 100, "site2", "x2"),
        ScenarioParameter.Number("ttxFraction", "1", "Fraction of Na⁺ channels blocked by tetrodotoxin.", 0, 0, 1, "ttx"),
        ScenarioParameter.Number("teaFraction", "1", "Fraction of K⁺ channels blocked by tetraethylammonium.", 0, 0, 1, "tea"),
        ScenarioParameter.Number("blockFraction", "1", "Fraction of Na⁺ channels blocked in one segment (a local anaesthetic).", 0, 0, 1, "block"),
        ScenarioParameter.OptionalNumber("blockStartCm", "cm", "Start of the locally blocked segment; default 0.4 of the length.", 0, 100, "blockStart"),
        ScenarioParameter.OptionalNumber("blockEndCm", "cm", "End of the locally blocked segment; default 0.6 of the length.", 0, 100, "blockEnd"),
    ];

    /// <inheritdoc />
    public IReadOnlyList<ScenarioQuantity> Quantities { get; } = [ConductionVelocity, ArrivalTime, LengthConstant, PeakPotential, Propagates];

    /// <inheritdoc />
    public double Evaluate(ScenarioArguments arguments, ScenarioQuantity quantity)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(quantity);
        var setup = Setup.From(arguments);
        if (quantity == LengthConstant)
        {
            return setup.LengthConstantCm;
        }

        var recording = setup.Run();
        var conduction = recording.Conduction();
        if (quantity == Propagates)
        {
            return conduction.Propagated ? 1 : 0;
        }

        if (quantity == PeakPotential)
        {
            return recording.PeakPotentialMv(1);
        }

        if (!conduction.Propagated)
        {
            throw new ScenarioException(setup.Describe(recording));
        }

        return quantity == ArrivalTime ? recording.ArrivalTimeMs(1) - StimulusOnsetMs : conduction.VelocityMPerS;
    }

    /// <summary>The inputs turned into a cable, a stimulus and two sites, checked against each other.</summary>
    private sealed record Setup(HodgkinHuxleyCable Cable, CableStimulus Stimulus, double FirstSiteCm, double SecondSiteCm, double DurationMs, double TimeStepMs)
    {
        public double LengthConstantCm => Cable.LengthConstantCm;

        public static Setup From(ScenarioArguments arguments)
        {
            var diameterUm = arguments.Number("diameterUm");
            var resistivityOhmCm = arguments.Number("axialResistivityOhmCm");
            var lengthCm = arguments.OptionalNumber("lengthCm")
                ?? ReferenceLengthCm * Math.Sqrt(diameterUm / ReferenceDiameterUm * (ReferenceResistivityOhmCm / resistivityOhmCm));
            var geometry = new CableGeometry
            {
                DiameterUm = diameterUm,
                LengthCm = lengthCm,
                AxialResistivityOhmCm = resistivityOhmCm,
                CompartmentCount = ToCount(arguments.Number("compartmentCount")),
            };
            var membrane = HodgkinHuxleyParameters.SquidAxon with
            {
                TemperatureCelsius = arguments.Number("temperatureC"),
                SodiumBlockFraction = arguments.Number("ttxFraction"),
                PotassiumBlockFraction = arguments.Number("teaFraction"),
            };
            var block = new SodiumChannelBlock(
                arguments.OptionalNumber("blockStartCm") ?? 0.4 * lengthCm,
                arguments.OptionalNumber("blockEndCm") ?? 0.6 * lengthCm,
                arguments.Number("blockFraction"));
            if (block.Fraction > 0 && !(block.StartCm < block.EndCm && block.EndCm <= lengthCm))
            {
                throw new ScenarioException(Invariant($"The blocked segment must satisfy blockStartCm < blockEndCm ≤ lengthCm ({lengthCm:G4} cm); got {block.StartCm:G4} to {block.EndCm:G4} cm."));
            }

            var cable = CreateCable(geometry, membrane, block);
            var first = arguments.OptionalNumber("firstSiteCm") ?? lengthCm / 4;
            var second = arguments.OptionalNumber("secondSiteCm") ?? 3 * lengthCm / 4;
            if (!(first < second && second <= lengthCm))
            {
                throw new ScenarioException(Invariant($"The recording sites must satisfy firstSiteCm < secondSiteCm ≤ lengthCm ({lengthCm:G4} cm); got {first:G4} and {second:G4} cm."));
            }

            var stimulatedCm = arguments.OptionalNumber("stimulatedLengthCm") ?? lengthCm / 50;
            if (stimulatedCm >= first)
            {
                throw new ScenarioException(Invariant($"Input 'stimulatedLengthCm' ({stimulatedCm:G4} cm) must end before the first recording site ({first:G4} cm)."));
            }

            var timeStepMs = arguments.Number("timeStepMs");
            var durationMs = arguments.Number("durationMs");
            if (durationMs / timeStepMs * geometry.CompartmentCount > MaximumWork)
            {
                throw new ScenarioException(Invariant($"compartmentCount × durationMs / timeStepMs is above {MaximumWork:G2}; use fewer compartments, a shorter duration or a longer time step."));
            }

            var stimulus = new CableStimulus(
                CurrentClampProtocol.Pulse(StimulusOnsetMs, arguments.Number("pulseWidthMs"), arguments.Number("amplitudeUaCm2")), stimulatedCm);
            return new Setup(cable, stimulus, first, second, durationMs, timeStepMs);
        }

        public CableRecording Run() => Cable.Run(Stimulus, [FirstSiteCm, SecondSiteCm], DurationMs, TimeStepMs);

        public string Describe(CableRecording recording) =>
            double.IsNaN(recording.ArrivalTimeMs(0))
                ? Invariant($"No action potential propagated: V at {FirstSiteCm:G4} cm never reached −40 mV within {DurationMs:G4} ms (peak {recording.PeakPotentialMv(0):F1} mV). The stimulus may be subthreshold or Na⁺ channels blocked.")
                : double.IsNaN(recording.ArrivalTimeMs(1))
                    ? Invariant($"The impulse reached {FirstSiteCm:G4} cm but not {SecondSiteCm:G4} cm within {DurationMs:G4} ms: conduction failed, or durationMs is too short.")
                    : Invariant($"V crossed −40 mV at both sites but decremented from a peak of {recording.PeakPotentialMv(0):F1} to {recording.PeakPotentialMv(1):F1} mV: passive spread, not a propagated action potential.");

        // The cable itself refuses compartments longer than half a length constant and says how many are needed.
        private static HodgkinHuxleyCable CreateCable(CableGeometry geometry, HodgkinHuxleyParameters membrane, SodiumChannelBlock block) =>
            new(geometry, membrane, CableScheme.CrankNicolson, block);

        private static int ToCount(double value) =>
            value == Math.Round(value)
                ? (int)value
                : throw new ScenarioException($"Input 'compartmentCount' must be a whole number, not {value.ToString(CultureInfo.InvariantCulture)}.");

        private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
    }
}
