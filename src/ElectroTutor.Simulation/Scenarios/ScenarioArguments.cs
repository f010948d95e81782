using System.Globalization;

namespace ElectroTutor.Simulation.Scenarios;

/// <summary>
/// Inputs of one scenario, checked against the model's parameters: unknown names, wrong kinds, missing required
/// inputs, non-finite numbers and values outside a parameter's range are all rejected with a message that names them.
/// </summary>
public sealed class ScenarioArguments
{
    private readonly Dictionary<string, ScenarioParameter> parameters;
    private readonly Dictionary<string, ScenarioValue> values;

    private ScenarioArguments(Dictionary<string, ScenarioParameter> parameters, Dictionary<string, ScenarioValue> values)
    {
        this.parameters = parameters;
        this.values = values;
    }

    /// <summary>Checks raw inputs against a model's parameters.</summary>
    /// <param name="model">The model.</param>
    /// <param name="inputs">Input name → value; names are matched exactly (camelCase) or by alias.</param>
    /// <returns>The checked arguments.</returns>
    /// <exception cref="ScenarioException">An input is unknown, missing, of the wrong kind or out of range.</exception>
    public static ScenarioArguments Bind(IScenarioModel model, IReadOnlyDictionary<string, ScenarioValue> inputs)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(inputs);
        var byName = model.Inputs.ToDictionary(p => p.Name, StringComparer.Ordinal);
        var given = new Dictionary<string, ScenarioValue>(StringComparer.Ordinal);
        foreach (var (rawName, value) in inputs)
        {
            var parameter = Find(model, rawName)
                ?? throw new ScenarioException(
                    $"Model '{model.Name}' has no input '{rawName}'. Its inputs are: {string.Join(", ", model.Inputs.Select(p => p.Name))}.");
            if (given.ContainsKey(parameter.Name))
            {
                throw new ScenarioException($"Input '{parameter.Name}' of model '{model.Name}' is given twice.");
            }

            given[parameter.Name] = Check(model, parameter, value);
        }

        foreach (var parameter in model.Inputs.Where(p => p.IsRequired && !given.ContainsKey(p.Name)))
        {
            throw new ScenarioException($"Model '{model.Name}' needs input '{parameter.Name}' ({parameter.Description}).");
        }

        return new ScenarioArguments(byName, given);
    }

    /// <summary>True when the input was given explicitly (not defaulted).</summary>
    /// <param name="name">Parameter name.</param>
    /// <returns>Whether it was given.</returns>
    public bool Has(string name) => values.ContainsKey(name);

    /// <summary>A numeric input, or its default.</summary>
    /// <param name="name">Parameter name.</param>
    /// <returns>The value in the parameter's unit.</returns>
    public double Number(string name)
    {
        var parameter = Parameter(name);
        if (values.TryGetValue(name, out var value))
        {
            return value.Number!.Value;
        }

        return parameter.DefaultNumber
            ?? throw new ScenarioException($"Input '{name}' was not given and has no default.");
    }

    /// <summary>A numeric input, or null when it was not given and has no default.</summary>
    /// <param name="name">Parameter name.</param>
    /// <returns>The value, or null.</returns>
    public double? OptionalNumber(string name)
    {
        var parameter = Parameter(name);
        return values.TryGetValue(name, out var value) ? value.Number : parameter.DefaultNumber;
    }

    /// <summary>A text input, or its default.</summary>
    /// <param name="name">Parameter name.</param>
    /// <returns>The text.</returns>
    public string Text(string name)
    {
        var parameter = Parameter(name);
        if (values.TryGetValue(name, out var value))
        {
            return value.Text!;
        }

        return parameter.DefaultText
            ?? throw new ScenarioException($"Input '{name}' was not given and has no default.");
    }

    private ScenarioParameter Parameter(string name) =>
        parameters.TryGetValue(name, out var parameter)
            ? parameter
            : throw new InvalidOperationException($"The model read an input '{name}' it does not declare.");

    private static ScenarioParameter? Find(IScenarioModel model, string rawName)
    {
        foreach (var parameter in model.Inputs)
        {
            if (string.Equals(parameter.Name, rawName, StringComparison.Ordinal)
                || parameter.Aliases.Contains(rawName, StringComparer.OrdinalIgnoreCase))
            {
                return parameter;
            }
        }

        return null;
    }

    private static ScenarioValue Check(IScenarioModel model, ScenarioParameter parameter, ScenarioValue value)
    {
        var where = $"Input '{parameter.Name}' of model '{model.Name}'";
        if (parameter.Kind == ScenarioParameterKind.Number)
        {
            var number = value.Number ?? ParseNumber(value.Text, where);
            if (!double.IsFinite(number))
            {
                throw new ScenarioException($"{where} must be a finite number.");
            }

            if (number < parameter.Minimum || number > parameter.Maximum)
            {
                throw new ScenarioException(
                    $"{where} is {number.ToString("G6", CultureInfo.InvariantCulture)} {parameter.Unit}; it must be between "
                    + $"{Bound(parameter.Minimum)} and {Bound(parameter.Maximum)} {parameter.Unit}.");
            }

            return ScenarioValue.Of(number);
        }

        var text = value.Text ?? throw new ScenarioException($"{where} must be text, not a number.");
        if (parameter.Choices.Count > 0)
        {
            var match = parameter.Choices.FirstOrDefault(c => string.Equals(c, text.Trim(), StringComparison.OrdinalIgnoreCase))
                ?? throw new ScenarioException($"{where} is '{text}'; it must be one of: {string.Join(", ", parameter.Choices)}.");
            return ScenarioValue.Of(match);
        }

        return ScenarioValue.Of(text.Trim());
    }

    private static double ParseNumber(string? text, string where)
    {
        if (text is not null
            && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        throw new ScenarioException($"{where} must be a number, not '{text}'.");
    }

    private static string Bound(double value) =>
        double.IsNegativeInfinity(value) ? "−∞"
        : double.IsPositiveInfinity(value) ? "∞"
        : value.ToString("G6", CultureInfo.InvariantCulture);
}
