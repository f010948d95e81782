using ElectroTutor.Simulation.HodgkinHuxley;

namespace ElectroTutor.Simulation.Scenarios;

/// <summary>
/// The membrane inputs shared by the <c>hh</c> and <c>hhVoltageClamp</c> scenarios (temperature, drugs, ion
/// concentrations, conductances) and their translation into <see cref="HodgkinHuxleyParameters"/>.
/// </summary>
internal static class HhMembraneInputs
{
    private static readonly string[] ConcentrationNames = ["kOutMm", "kInMm", "naOutMm", "naInMm"];

    public static IReadOnlyList<ScenarioParameter> Inputs { get; } =
    [
        ScenarioParameter.Number("temperatureC", "°C", "Temperature; every gating rate scales by 3^((T − 6.3)/10).", HodgkinHuxleyRates.ReferenceTemperatureCelsius, 0, 40, "temp", "t"),
        ScenarioParameter.Number("ttxFraction", "1", "Fraction of Na⁺ channels blocked by tetrodotoxin (1 = all).", 0, 0, 1, "ttx"),
        ScenarioParameter.Number("teaFraction", "1", "Fraction of K⁺ channels blocked by tetraethylammonium (1 = all).", 0, 0, 1, "tea"),
        ScenarioParameter.Number("kOutMm", "mM", "Extracellular K⁺; giving any concentration sets E_K and E_Na by Nernst at the temperature.", AxonConcentrations.SquidAxon.PotassiumOutsideMm, 0.1, 1000, "kout", "ko"),
        ScenarioParameter.Number("kInMm", "mM", "Intracellular K⁺ (squid axoplasm 400).", AxonConcentrations.SquidPotassiumInsideMm, 0.1, 1000, "kin", "ki"),
        ScenarioParameter.Number("naOutMm", "mM", "Extracellular Na⁺.", AxonConcentrations.SquidAxon.SodiumOutsideMm, 0.1, 1000, "naout", "nao"),
        ScenarioParameter.Number("naInMm", "mM", "Intracellular Na⁺ (squid axoplasm 50).", AxonConcentrations.SquidSodiumInsideMm, 0.1, 1000, "nain", "nai"),
        ScenarioParameter.Number("gNaMsCm2", "mS/cm²", "Maximal Na⁺ conductance before any TTX block.", 120, 0, 1000, "gna"),
        ScenarioParameter.Number("gKMsCm2", "mS/cm²", "Maximal K⁺ conductance before any TEA block.", 36, 0, 1000, "gk"),
        ScenarioParameter.Number("gLeakMsCm2", "mS/cm²", "Leak conductance (E_L stays at −54.387 mV).", 0.3, 0, 100, "gl", "gleak"),
    ];

    /// <summary>
    /// The membrane. E_K and E_Na keep the 1952 values (−77, +50 mV) unless a concentration is given; then both come
    /// from Nernst at the scenario temperature with the other concentrations at their defaults.
    /// </summary>
    public static HodgkinHuxleyParameters Parameters(ScenarioArguments arguments)
    {
        var parameters = HodgkinHuxleyParameters.SquidAxon with
        {
            TemperatureCelsius = arguments.Number("temperatureC"),
            SodiumBlockFraction = arguments.Number("ttxFraction"),
            PotassiumBlockFraction = arguments.Number("teaFraction"),
            SodiumConductanceMsPerCm2 = arguments.Number("gNaMsCm2"),
            PotassiumConductanceMsPerCm2 = arguments.Number("gKMsCm2"),
            LeakConductanceMsPerCm2 = arguments.Number("gLeakMsCm2"),
        };
        if (!ConcentrationNames.Any(arguments.Has))
        {
            return parameters;
        }

        return parameters.WithConcentrations(new AxonConcentrations
        {
            PotassiumOutsideMm = arguments.Number("kOutMm"),
            PotassiumInsideMm = arguments.Number("kInMm"),
            SodiumOutsideMm = arguments.Number("naOutMm"),
            SodiumInsideMm = arguments.Number("naInMm"),
        });
    }
}
