using ElectroTutor.Simulation.Electrochemistry;

namespace ElectroTutor.Simulation.Scenarios;

/// <summary>
/// Scenario model <c>concentrationChange</c>: the GHK resting potential before and after one ion's concentration
/// on one side changes ("[K⁺]o rises from 4 to 10 mM: what is the new resting potential?").
/// </summary>
public sealed class ConcentrationChangeScenario : IScenarioModel
{
    private static readonly ScenarioQuantity After =
        new("afterMv", "mV", "Resting potential after the change, inside minus outside.");

    private static readonly ScenarioQuantity Before =
        new("beforeMv", "mV", "Resting potential before the change, inside minus outside.");

    private static readonly ScenarioQuantity Difference =
        new("differenceMv", "mV", "After minus before; positive means the membrane depolarized.");

    /// <inheritdoc />
    public string Name => "concentrationChange";

    /// <inheritdoc />
    public string Description =>
        "GHK resting potential before and after one ion's concentration on one side changes, all else fixed; "
        + "defaults describe a mammalian neuron at 37 °C (Purves et al., Neuroscience, Table 2.1; pK : pNa : pCl = 1 : 0.04 : 0.45).";

    /// <inheritdoc />
    public IReadOnlyList<ScenarioParameter> Inputs { get; } =
    [
        ScenarioParameter.Text("ion", "The ion whose concentration changes: K, Na or Cl.", "K", ["K", "Na", "Cl"], "species"),
        ScenarioParameter.Text("side", "The side that changes: outside or inside (out/in also work).", "outside", ["outside", "inside", "out", "in"], "where"),
        ScenarioParameter.OptionalNumber("beforeMm", "mM", "Concentration before the change; overrides that ion's default on that side when given.", 1e-9, 1e4, "before", "from"),
        ScenarioParameter.Number("afterMm", "mM", "Concentration after the change.", null, 1e-9, 1e4, "after", "to"),
        .. GhkScenarioInputs.All,
    ];

    /// <inheritdoc />
    public IReadOnlyList<ScenarioQuantity> Quantities { get; } = [After, Before, Difference];

    /// <inheritdoc />
    public double Evaluate(ScenarioArguments arguments, ScenarioQuantity quantity)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(quantity);
        var ion = ParseIon(arguments.Text("ion"));
        var side = arguments.Text("side") is "outside" or "out" ? MembraneSide.Outside : MembraneSide.Inside;
        var before = GhkScenarioInputs.Concentrations(arguments);
        if (arguments.OptionalNumber("beforeMm") is { } beforeMm)
        {
            var matching = MatchingInput(ion, side);
            if (arguments.Has(matching) && arguments.Number(matching) != beforeMm)
            {
                throw new ScenarioException(
                    $"Inputs 'beforeMm' and '{matching}' both give the starting concentration but disagree; give only one.");
            }

            before = before.With(ion, side, beforeMm);
        }

        var change = ConcentrationChange.Predict(
            before,
            GhkScenarioInputs.Permeabilities(arguments),
            GhkScenarioInputs.TemperatureCelsius(arguments),
            ion,
            side,
            arguments.Number("afterMm"));
        return quantity.Name switch
        {
            "afterMv" => change.AfterMv,
            "beforeMv" => change.BeforeMv,
            "differenceMv" => change.DifferenceMv,
            _ => throw new ScenarioException($"Model '{Name}' has no quantity '{quantity.Name}'."),
        };
    }

    private static string MatchingInput(Ion ion, MembraneSide side) =>
        (ion == Ion.Potassium ? "k" : ion == Ion.Sodium ? "na" : "cl") + (side == MembraneSide.Outside ? "OutMm" : "InMm");

    private static Ion ParseIon(string symbol) =>
        Ion.TryParse(symbol, out var ion) && (ion == Ion.Potassium || ion == Ion.Sodium || ion == Ion.Chloride)
            ? ion
            : throw new ScenarioException($"Input 'ion' must be K, Na or Cl, not '{symbol}'.");
}
