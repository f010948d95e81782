namespace ElectroTutor.Simulation.Scenarios;

/// <summary>The simulator's models by name, and the one place that turns a <see cref="ScenarioRequest"/> into a result.</summary>
public sealed class ScenarioCatalog
{
    private readonly Dictionary<string, IScenarioModel> models;

    /// <summary>Creates a catalog over the given models.</summary>
    /// <param name="models">Models with distinct names.</param>
    public ScenarioCatalog(IEnumerable<IScenarioModel> models)
    {
        this.models = models.ToDictionary(m => m.Name, StringComparer.Ordinal);
    }

    /// <summary>Every model of the simulator.</summary>
    public static ScenarioCatalog Default { get; } = new(
    [
        new NernstScenario(),
        new GhkScenario(),
        new ConcentrationChangeScenario(),
        new PumpScenario(),
        new HhScenario(),
        new HhVoltageClampScenario(),
        new CableScenario(),
        new ContractionScenario(),
    ]);

    /// <summary>The models, in catalog order.</summary>
    public IReadOnlyCollection<IScenarioModel> Models => models.Values;

    /// <summary>Finds a model by its exact name.</summary>
    /// <param name="name">Model name.</param>
    /// <returns>The model.</returns>
    /// <exception cref="ScenarioException">No model has that name.</exception>
    public IScenarioModel Model(string name) =>
        models.TryGetValue(name, out var model)
            ? model
            : throw new ScenarioException($"There is no model '{name}'. Models: {string.Join(", ", models.Keys)}.");

    /// <summary>Evaluates one scenario; a bad scenario becomes a failed result, never an exception.</summary>
    /// <param name="request">The scenario.</param>
    /// <returns>The value or the error.</returns>
    public ScenarioResult Evaluate(ScenarioRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        try
        {
            var model = Model(request.Model);
            var quantity = Quantity(model, request.Quantity);
            var arguments = ScenarioArguments.Bind(model, request.Inputs);
            var value = model.Evaluate(arguments, quantity);
            return double.IsFinite(value)
                ? ScenarioResult.Success(quantity, value)
                : ScenarioResult.Failure($"Model '{model.Name}' gave no finite {quantity.Name} for these inputs.");
        }
        catch (ArgumentException error)
        {
            return ScenarioResult.Failure(ForPeople(error));
        }
    }

    // ArgumentException appends "(Parameter 'x')" and "Actual value was …" lines meant for developers; people get the sentence.
    private static string ForPeople(ArgumentException error)
    {
        var message = error.Message.Split('\n')[0].Trim();
        var suffix = error.ParamName is null ? -1 : message.LastIndexOf($" (Parameter '{error.ParamName}')", StringComparison.Ordinal);
        return suffix > 0 ? message[..suffix] : message;
    }

    /// <summary>Finds a model's quantity by name, or its default.</summary>
    /// <param name="model">The model.</param>
    /// <param name="name">Quantity name, or null for the first.</param>
    /// <returns>The quantity.</returns>
    /// <exception cref="ScenarioException">The model has no such quantity.</exception>
    public static ScenarioQuantity Quantity(IScenarioModel model, string? name)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (name is null)
        {
            return model.Quantities[0];
        }

        return model.Quantities.FirstOrDefault(q => string.Equals(q.Name, name, StringComparison.Ordinal))
            ?? throw new ScenarioException(
                $"Model '{model.Name}' has no quantity '{name}'. Its quantities are: {string.Join(", ", model.Quantities.Select(q => q.Name))}.");
    }
}
