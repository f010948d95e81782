using ElectroTutor.Simulation.HodgkinHuxley;

namespace ElectroTutor.Simulation.Scenarios;

/// <summary>
/// Scenario model <c>hhVoltageClamp</c>: a Hodgkin–Huxley membrane held at one potential and stepped to another, with
/// the exact Na⁺ and K⁺ currents (outward positive, so inward Na⁺ current is negative).
/// </summary>
public sealed class HhVoltageClampScenario : IScenarioModel
{
    private static readonly ScenarioQuantity PeakSodium = new("peakSodiumCurrentUaCm2", "µA/cm²", "I_Na when the Na⁺ conductance peaks during the step (negative = inward).");
    private static readonly ScenarioQuantity TimeToPeak = new("timeToPeakSodiumMs", "ms", "Time from the step to the Na⁺ conductance peak.");
    private static readonly ScenarioQuantity SteadyPotassium = new("steadyPotassiumCurrentUaCm2", "µA/cm²", "I_K at the end of the step.");
    private static readonly ScenarioQuantity PeakSodiumConductance = new("peakSodiumConductanceMsCm2", "mS/cm²", "Largest Na⁺ conductance ḡ_Na·m³h during the step.");
    private static readonly ScenarioQuantity PotassiumConductance = new("potassiumConductanceEndMsCm2", "mS/cm²", "K⁺ conductance ḡ_K·n⁴ at the end of the step.");
    private static readonly ScenarioQuantity LeakCurrent = new("leakCurrentUaCm2", "µA/cm²", "Leak current at the test potential.");
    private static readonly ScenarioQuantity SodiumReversal = new("sodiumReversalMv", "mV", "E_Na used.");
    private static readonly ScenarioQuantity PotassiumReversal = new("potassiumReversalMv", "mV", "E_K used.");

    /// <inheritdoc />
    public string Name => "hhVoltageClamp";

    /// <inheritdoc />
    public string Description => "Voltage-clamp step of the Hodgkin–Huxley squid axon: peak Na⁺ current, its timing and the K⁺ current.";

    /// <inheritdoc />
    public IReadOnlyList<ScenarioParameter> Inputs { get; } =
    [
        ScenarioParameter.Number("holdingMv", "mV", "Holding potential before the step (gates at steady state there).", -65, -150, 100, "hold", "vh"),
        ScenarioParameter.Number("testMv", "mV", "Test potential during the step.", 0, -150, 100, "test", "vt"),
        ScenarioParameter.Number("durationMs", "ms", "Step duration.", 10, 0.01, 1000, "dur", "duration"),
        .. HhMembraneInputs.Inputs,
    ];

    /// <inheritdoc />
    public IReadOnlyList<ScenarioQuantity> Quantities { get; } =
        [PeakSodium, TimeToPeak, SteadyPotassium, PeakSodiumConductance, PotassiumConductance, LeakCurrent, SodiumReversal, PotassiumReversal];

    /// <inheritdoc />
    public double Evaluate(ScenarioArguments arguments, ScenarioQuantity quantity)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(quantity);
        var parameters = HhMembraneInputs.Parameters(arguments);
        var step = new HodgkinHuxleyVoltageClamp(parameters).Step(arguments.Number("holdingMv"), arguments.Number("testMv"));
        var durationMs = arguments.Number("durationMs");
        return quantity.Name switch
        {
            "peakSodiumCurrentUaCm2" => step.PeakSodiumCurrent(durationMs).CurrentUaCm2,
            "timeToPeakSodiumMs" => step.PeakSodiumCurrent(durationMs).TimeMs,
            "steadyPotassiumCurrentUaCm2" => step.PotassiumCurrentUaCm2(durationMs),
            "peakSodiumConductanceMsCm2" => step.SodiumConductanceMsCm2(step.PeakSodiumCurrent(durationMs).TimeMs),
            "potassiumConductanceEndMsCm2" => step.PotassiumConductanceMsCm2(durationMs),
            "leakCurrentUaCm2" => step.LeakCurrentUaCm2,
            "sodiumReversalMv" => parameters.SodiumReversalMv,
            "potassiumReversalMv" => parameters.PotassiumReversalMv,
            _ => throw new ScenarioException($"Model '{Name}' has no quantity '{quantity.Name}'."),
        };
    }
}
