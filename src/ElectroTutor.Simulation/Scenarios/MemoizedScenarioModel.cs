using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
namespace ElectroTutor.Simulation.Scenarios;

/// <summary>
/// A simulator model that remembers its recent results. A question's item is built from its template and seed when it
/// is asked and built again, with every misconception variant, when it is hinted or graded (and a simulated student in
/// a demo class works out its answer from the same item), so the same simulations — Hodgkin–Huxley threshold searches
/// among them — run several times per question. The models are pure, so a remembered result is the result. At most
/// <see cref="Capacity"/> results are kept; when full the memory starts again empty, so it stays bounded. Safe to share
/// between threads.
/// </summary>
public sealed class MemoizedScenarioModel(IScenarioModel inner, int capacity = MemoizedScenarioModel.DefaultCapacity) : IScenarioModel
{
    /// <summary>How many results are kept unless told otherwise.</summary>
    public const int DefaultCapacity = 4096;

    private readonly ConcurrentDictionary<string, double> results = new(StringComparer.Ordinal);

    /// <summary>The most results kept at once.</summary>
    public int Capacity { get; } = capacity > 0 ? capacity : throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "The capacity must be at least 1.");

    /// <summary>Results held now.</summary>
    public int Count => results.Count;

    /// <inheritdoc />
    public string Name => inner.Name;

    /// <inheritdoc />
    public string Description => inner.Description;

    /// <inheritdoc />
    public IReadOnlyList<ScenarioParameter> Inputs => inner.Inputs;

    /// <inheritdoc />
    public IReadOnlyList<ScenarioQuantity> Quantities => inner.Quantities;

    /// <summary>Every model of <paramref name="catalog"/>, memoized, each keeping at most <paramref name="capacity"/> results.</summary>
    public static ScenarioCatalog Memoize(ScenarioCatalog catalog, int capacity = DefaultCapacity)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return new(catalog.Models.Select(m => new MemoizedScenarioModel(m, capacity)));
    }

    /// <inheritdoc />
    public double Evaluate(ScenarioArguments arguments, ScenarioQuantity quantity)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(quantity);
        var key = Key(arguments, quantity);
        if (results.TryGetValue(key, out var known))
        {
            return known;
        }

        var value = inner.Evaluate(arguments, quantity);
        if (results.Count >= Capacity)
        {
            results.Clear();
        }

        results[key] = value;
        return value;
    }

    /// <summary>The quantity and every declared input, given or not (a model may tell a given value from its default).</summary>
    private string Key(ScenarioArguments arguments, ScenarioQuantity quantity)
    {
        var key = new StringBuilder(quantity.Name, 128);
        foreach (var parameter in inner.Inputs)
        {
            key.Append('|').Append(parameter.Name).Append('=');
            if (!arguments.Has(parameter.Name))
            {
                continue;
            }

            if (parameter.Kind == ScenarioParameterKind.Number)
            {
                key.Append(arguments.Number(parameter.Name).ToString("R", CultureInfo.InvariantCulture));
            }
            else
            {
                key.Append('"').Append(arguments.Text(parameter.Name).Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            }
        }

        return key.ToString();
    }
}
