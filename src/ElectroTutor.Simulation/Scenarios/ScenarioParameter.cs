namespace ElectroTutor.Simulation.Scenarios;

/// <summary>
/// One named input of a scenario model. Names are camelCase with the unit in the name (<c>outsideMm</c>,
/// <c>temperatureC</c>); a parameter without a default is required.
/// </summary>
public sealed record ScenarioParameter
{
    private ScenarioParameter(string name, ScenarioParameterKind kind, string unit, string description)
    {
        Name = name;
        Kind = kind;
        Unit = unit;
        Description = description;
    }

    /// <summary>The camelCase input name.</summary>
    public string Name { get; }

    /// <summary>Number or text.</summary>
    public ScenarioParameterKind Kind { get; }

    /// <summary>The unit of a numeric input ("mM", "mV", "°C", "1" for dimensionless); empty for text.</summary>
    public string Unit { get; }

    /// <summary>One sentence for people.</summary>
    public string Description { get; }

    /// <summary>The default of a numeric input, or null when it is required or has no default.</summary>
    public double? DefaultNumber { get; private init; }

    /// <summary>The default of a text input, or null when it is required or has no default.</summary>
    public string? DefaultText { get; private init; }

    /// <summary>True when the input may be left out even though it has no default (the model derives it).</summary>
    public bool IsOptional { get; private init; }

    /// <summary>Smallest allowed numeric value (inclusive).</summary>
    public double Minimum { get; private init; } = double.NegativeInfinity;

    /// <summary>Largest allowed numeric value (inclusive).</summary>
    public double Maximum { get; private init; } = double.PositiveInfinity;

    /// <summary>The allowed texts of a text input (compared case-insensitively); empty means any text.</summary>
    public IReadOnlyList<string> Choices { get; private init; } = [];

    /// <summary>Short names people may type on the command line (<c>out</c> for <c>outsideMm</c>).</summary>
    public IReadOnlyList<string> Aliases { get; private init; } = [];

    /// <summary>True when the input must be given.</summary>
    public bool IsRequired => DefaultNumber is null && DefaultText is null && !IsOptional;

    /// <summary>A numeric input.</summary>
    /// <param name="name">camelCase name with its unit.</param>
    /// <param name="unit">Unit symbol.</param>
    /// <param name="description">One sentence for people.</param>
    /// <param name="defaultValue">Default, or null when required.</param>
    /// <param name="minimum">Smallest allowed value.</param>
    /// <param name="maximum">Largest allowed value.</param>
    /// <param name="aliases">Short command-line names.</param>
    /// <returns>The parameter.</returns>
    public static ScenarioParameter Number(
        string name,
        string unit,
        string description,
        double? defaultValue = null,
        double minimum = double.NegativeInfinity,
        double maximum = double.PositiveInfinity,
        params string[] aliases) =>
        new(name, ScenarioParameterKind.Number, unit, description)
        {
            DefaultNumber = defaultValue,
            Minimum = minimum,
            Maximum = maximum,
            Aliases = aliases,
        };

    /// <summary>A numeric input that may be omitted, in which case the model derives it.</summary>
    /// <param name="name">camelCase name with its unit.</param>
    /// <param name="unit">Unit symbol.</param>
    /// <param name="description">One sentence for people, saying what happens when it is omitted.</param>
    /// <param name="minimum">Smallest allowed value.</param>
    /// <param name="maximum">Largest allowed value.</param>
    /// <param name="aliases">Short command-line names.</param>
    /// <returns>The parameter.</returns>
    public static ScenarioParameter OptionalNumber(
        string name,
        string unit,
        string description,
        double minimum = double.NegativeInfinity,
        double maximum = double.PositiveInfinity,
        params string[] aliases) =>
        Number(name, unit, description, null, minimum, maximum, aliases) with { IsOptional = true };

    /// <summary>A text input.</summary>
    /// <param name="name">camelCase name.</param>
    /// <param name="description">One sentence for people.</param>
    /// <param name="defaultValue">Default, or null when required.</param>
    /// <param name="choices">Allowed values; empty means any.</param>
    /// <param name="aliases">Short command-line names.</param>
    /// <returns>The parameter.</returns>
    public static ScenarioParameter Text(
        string name,
        string description,
        string? defaultValue,
        IReadOnlyList<string> choices,
        params string[] aliases) =>
        new(name, ScenarioParameterKind.Text, string.Empty, description)
        {
            DefaultText = defaultValue,
            Choices = choices,
            Aliases = aliases,
        };
}
