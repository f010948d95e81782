namespace ElectroTutor.Simulation.Scenarios;

/// <summary>The outcome of one scenario: a value with its unit, or an error for people. Never both.</summary>
public sealed record ScenarioResult
{
    private ScenarioResult(double? value, string? unit, string? quantity, string? error)
    {
        Value = value;
        Unit = unit;
        Quantity = quantity;
        Error = error;
    }

    /// <summary>The computed value, when successful.</summary>
    public double? Value { get; }

    /// <summary>The value's unit, when successful.</summary>
    public string? Unit { get; }

    /// <summary>The quantity computed, when successful.</summary>
    public string? Quantity { get; }

    /// <summary>Why the scenario could not be evaluated, when it failed.</summary>
    public string? Error { get; }

    /// <summary>True when a value was computed.</summary>
    public bool Succeeded => Error is null;

    /// <summary>A computed value.</summary>
    /// <param name="quantity">The quantity.</param>
    /// <param name="value">Its value.</param>
    /// <returns>The result.</returns>
    public static ScenarioResult Success(ScenarioQuantity quantity, double value)
    {
        ArgumentNullException.ThrowIfNull(quantity);
        return new(value, quantity.Unit, quantity.Name, null);
    }

    /// <summary>A failure.</summary>
    /// <param name="error">What went wrong, for people.</param>
    /// <returns>The result.</returns>
    public static ScenarioResult Failure(string error) => new(null, null, null, error);
}
