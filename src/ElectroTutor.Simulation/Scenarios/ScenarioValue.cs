using System.Globalization;

namespace ElectroTutor.Simulation.Scenarios;

/// <summary>One input value of a scenario: a number or a text (such as an ion symbol).</summary>
public readonly record struct ScenarioValue
{
    private ScenarioValue(double? number, string? text)
    {
        Number = number;
        Text = text;
    }

    /// <summary>The numeric value, when the input is a number.</summary>
    public double? Number { get; }

    /// <summary>The text value, when the input is text.</summary>
    public string? Text { get; }

    /// <summary>A numeric value.</summary>
    /// <param name="value">The number.</param>
    /// <returns>The value.</returns>
    public static ScenarioValue Of(double value) => new(value, null);

    /// <summary>A text value.</summary>
    /// <param name="value">The text.</param>
    /// <returns>The value.</returns>
    public static ScenarioValue Of(string value) => new(null, value);

    /// <inheritdoc />
    public override string ToString() => Number?.ToString("R", CultureInfo.InvariantCulture) ?? Text ?? string.Empty;
}
