using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using ElectroTutor.Simulation.Scenarios;

namespace ElectroTutor.Cli.Demo;

/// <summary>
/// A simulator model that remembers its results. The tutor regenerates an item from its seed each time it shows,
/// hints or grades it, and the simulated student works out its answer from the same item, so during a seed run the
/// same simulation (a Hodgkin–Huxley run can take milliseconds) would be repeated several times per question. The
/// models are deterministic, so a remembered result is the result. The memory is emptied when it grows large.
/// </summary>
internal sealed class RememberedScenario(IScenarioModel model) : IScenarioModel
{
    private const int MaximumRemembered = 50_000;

    private readonly ConcurrentDictionary<string, double> results = new(StringComparer.Ordinal);

    public string Name => model.Name;

    public string Description => model.Description;

    public IReadOnlyList<ScenarioParameter> Inputs => model.Inputs;

    public IReadOnlyList<ScenarioQuantity> Quantities => model.Quantities;

    /// <summary>A catalog of <see cref="ScenarioCatalog.Default"/>'s models, each remembering its results.</summary>
    public static ScenarioCatalog Catalog() => new(ScenarioCatalog.Default.Models.Select(m => new RememberedScenario(m)));

    public double Evaluate(ScenarioArguments arguments, ScenarioQuantity quantity)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(quantity);
        var key = Key(arguments, quantity);
        if (results.TryGetValue(key, out var known))
        {
            return known;
        }

        var value = model.Evaluate(arguments, quantity);
        if (results.Count >= MaximumRemembered)
        {
            results.Clear();
        }

        results[key] = value;
        return value;
    }

    private string Key(ScenarioArguments arguments, ScenarioQuantity quantity)
    {
        var key = new StringBuilder(quantity.Name);
        foreach (var input in model.Inputs.Where(i => arguments.Has(i.Name)))
        {
            key.Append('|').Append(input.Name).Append('=');
            if (input.Kind == ScenarioParameterKind.Text)
            {
                key.Append(arguments.Text(input.Name));
            }
            else
            {
                key.Append(arguments.Number(input.Name).ToString("R", CultureInfo.InvariantCulture));
            }
        }

        return key.ToString();
    }
}
