using ElectroTutor.Simulation.Electrochemistry;

namespace ElectroTutor.Simulation.Scenarios;

/// <summary>Scenario model <c>nernst</c>: the equilibrium potential of one ion.</summary>
public sealed class NernstScenario : IScenarioModel
{
    private static readonly ScenarioQuantity EquilibriumPotential =
        new("equilibriumPotentialMv", "mV", "Nernst equilibrium potential, inside minus outside.");

    /// <inheritdoc />
    public string Name => "nernst";

    /// <inheritdoc />
    public string Description => "Nernst equilibrium potential of one ion from its concentrations and the temperature.";

    /// <inheritdoc />
    public IReadOnlyList<ScenarioParameter> Inputs { get; } =
    [
        ScenarioParameter.Text("ion", "Ion symbol: K, Na, Cl, Ca, Mg or H; sets the valence unless valence is given.", "K", Ion.Known.Select(i => i.Symbol).ToArray(), "ion"),
        ScenarioParameter.OptionalNumber("valence", "1", "Signed valence z; overrides the ion's own (e.g. 2 for Ca²⁺).", -4, 4, "z"),
        ScenarioParameter.Number("outsideMm", "mM", "Extracellular concentration.", null, 1e-9, 1e4, "out"),
        ScenarioParameter.Number("insideMm", "mM", "Intracellular concentration.", null, 1e-9, 1e4, "in"),
        ScenarioParameter.Number("temperatureC", "°C", "Temperature.", 37, 0, 100, "temp", "t"),
    ];

    /// <inheritdoc />
    public IReadOnlyList<ScenarioQuantity> Quantities { get; } = [EquilibriumPotential];

    /// <inheritdoc />
    public double Evaluate(ScenarioArguments arguments, ScenarioQuantity quantity)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        if (!Ion.TryParse(arguments.Text("ion"), out var ion))
        {
            throw new ScenarioException($"Unknown ion '{arguments.Text("ion")}'.");
        }

        var valence = arguments.OptionalNumber("valence") is { } z ? ToValence(z) : ion.Valence;
        return NernstPotential.EquilibriumPotentialMv(
            valence, arguments.Number("outsideMm"), arguments.Number("insideMm"), arguments.Number("temperatureC"));
    }

    private static int ToValence(double z) =>
        z == Math.Round(z) && z != 0
            ? (int)z
            : throw new ScenarioException($"Input 'valence' must be a non-zero whole number, not {z}.");
}
