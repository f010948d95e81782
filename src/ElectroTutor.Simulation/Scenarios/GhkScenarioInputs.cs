using ElectroTutor.Simulation.Electrochemistry;

namespace ElectroTutor.Simulation.Scenarios;

/// <summary>
/// The concentration, permeability and temperature inputs shared by the <c>ghk</c>, <c>concentrationChange</c> and
/// <c>pump</c> scenarios. Defaults describe a mammalian neuron at body temperature: concentrations from
/// <see cref="IonConcentrations.MammalianNeuron"/> and the squid axon permeability ratios of Hodgkin &amp; Katz (1949).
/// </summary>
internal static class GhkScenarioInputs
{
    private const double MinimumMm = 1e-9;
    private const double MaximumMm = 1e4;
    private const double MaximumPermeability = 1e4;

    public static ScenarioParameter PotassiumOutside { get; } = Concentration("kOutMm", "[K⁺] outside.", IonConcentrations.MammalianNeuron.PotassiumOutsideMm, "ko", "kout");

    public static ScenarioParameter PotassiumInside { get; } = Concentration("kInMm", "[K⁺] inside.", IonConcentrations.MammalianNeuron.PotassiumInsideMm, "ki", "kin");

    public static ScenarioParameter SodiumOutside { get; } = Concentration("naOutMm", "[Na⁺] outside.", IonConcentrations.MammalianNeuron.SodiumOutsideMm, "nao", "naout");

    public static ScenarioParameter SodiumInside { get; } = Concentration("naInMm", "[Na⁺] inside.", IonConcentrations.MammalianNeuron.SodiumInsideMm, "nai", "nain");

    public static ScenarioParameter ChlorideOutside { get; } = Concentration("clOutMm", "[Cl⁻] outside.", IonConcentrations.MammalianNeuron.ChlorideOutsideMm, "clo", "clout");

    public static ScenarioParameter ChlorideInside { get; } = Concentration("clInMm", "[Cl⁻] inside.", IonConcentrations.MammalianNeuron.ChlorideInsideMm, "cli", "clin");

    public static ScenarioParameter PotassiumPermeability { get; } = Permeability("pK", "Relative K⁺ permeability.", RelativePermeabilities.HodgkinKatzSquidAxon.Potassium, "pk", "permK");

    public static ScenarioParameter SodiumPermeability { get; } = Permeability("pNa", "Relative Na⁺ permeability.", RelativePermeabilities.HodgkinKatzSquidAxon.Sodium, "pna", "permNa");

    public static ScenarioParameter ChloridePermeability { get; } = Permeability("pCl", "Relative Cl⁻ permeability.", RelativePermeabilities.HodgkinKatzSquidAxon.Chloride, "pcl", "permCl");

    public static ScenarioParameter Temperature { get; } =
        ScenarioParameter.Number("temperatureC", "°C", "Temperature.", 37, 0, 100, "temp", "t");

    /// <summary>All ten GHK inputs in the order people read them: K, Na, Cl, permeabilities, temperature.</summary>
    public static IReadOnlyList<ScenarioParameter> All { get; } =
    [
        PotassiumOutside, PotassiumInside, SodiumOutside, SodiumInside, ChlorideOutside, ChlorideInside,
        PotassiumPermeability, SodiumPermeability, ChloridePermeability, Temperature,
    ];

    public static IonConcentrations Concentrations(ScenarioArguments arguments) => new(
        arguments.Number(PotassiumOutside.Name),
        arguments.Number(PotassiumInside.Name),
        arguments.Number(SodiumOutside.Name),
        arguments.Number(SodiumInside.Name),
        arguments.Number(ChlorideOutside.Name),
        arguments.Number(ChlorideInside.Name));

    public static RelativePermeabilities Permeabilities(ScenarioArguments arguments)
    {
        var pK = arguments.Number(PotassiumPermeability.Name);
        var pNa = arguments.Number(SodiumPermeability.Name);
        var pCl = arguments.Number(ChloridePermeability.Name);
        return pK == 0 && pNa == 0 && pCl == 0
            ? throw new ScenarioException("Inputs 'pK', 'pNa' and 'pCl' are all 0; at least one ion must be able to cross the membrane.")
            : new RelativePermeabilities(pK, pNa, pCl);
    }

    public static double TemperatureCelsius(ScenarioArguments arguments) => arguments.Number(Temperature.Name);

    private static ScenarioParameter Concentration(string name, string description, double defaultMm, params string[] aliases) =>
        ScenarioParameter.Number(name, "mM", description, defaultMm, MinimumMm, MaximumMm, aliases);

    private static ScenarioParameter Permeability(string name, string description, double defaultValue, params string[] aliases) =>
        ScenarioParameter.Number(name, "1", description + " Only ratios matter.", defaultValue, 0, MaximumPermeability, aliases);
}
