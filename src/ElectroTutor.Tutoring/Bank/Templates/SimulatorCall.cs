namespace ElectroTutor.Tutoring.Bank.Templates;

/// <summary>A computation by the simulator: a model, its inputs as formulas over the item's parameters, and a quantity.</summary>
/// <param name="Model">Scenario model name, e.g. <c>nernst</c>.</param>
/// <param name="Inputs">Input values.</param>
/// <param name="Quantity">Quantity name, or null for the model's first.</param>
public sealed record SimulatorCall(string Model, IReadOnlyList<InputValue> Inputs, string? Quantity)
{
    /// <summary>This call with some inputs replaced (or added), and optionally another quantity.</summary>
    /// <param name="overrides">Inputs that replace those of the same name.</param>
    /// <param name="quantity">Another quantity, or null to keep this one.</param>
    /// <returns>The new call.</returns>
    public SimulatorCall With(IReadOnlyList<InputValue> overrides, string? quantity)
    {
        ArgumentNullException.ThrowIfNull(overrides);
        var replaced = overrides.Select(o => o.Input).ToHashSet(StringComparer.Ordinal);
        return new SimulatorCall(Model, Inputs.Where(i => !replaced.Contains(i.Input)).Concat(overrides).ToList(), quantity ?? Quantity);
    }
}
