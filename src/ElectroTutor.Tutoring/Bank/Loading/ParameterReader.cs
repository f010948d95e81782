using System.Globalization;
using ElectroTutor.Tutoring.Bank.Templates;

namespace ElectroTutor.Tutoring.Bank.Loading;

/// <summary>Reads <c>parameters:</c> — name: {unit, from, to, step} or name: {unit, choices: [...]}.</summary>
internal static class ParameterReader
{
    private const int MaximumGridPoints = 1_000_000;

    public static IReadOnlyList<ParameterSpec> Read(YamlMap parameters)
    {
        var result = new List<ParameterSpec>();
        foreach (var name in parameters.Keys.ToList())
        {
            var map = parameters.Map(name)!;
            map.RejectUnknownKeys("unit", "from", "to", "step", "choices");
            if (!IsName(name))
            {
                throw new BankFormatException(map.Line, $"parameter name '{name}' must start with a letter and hold only letters and digits.");
            }

            var unit = map.Text("unit") ?? string.Empty;
            var choices = map.TextList("choices").Select(c => Number(c, name, map.LineOf("choices"))).ToList();
            if (choices.Count > 0)
            {
                if (map.Has("from") || map.Has("to") || map.Has("step"))
                {
                    throw new BankFormatException(map.Line, $"parameter '{name}' has both choices and a from/to/step grid; give one.");
                }

                result.Add(new ParameterSpec(name, unit, choices, 0, 0, 1));
                continue;
            }

            var from = map.Number("from") ?? throw new BankFormatException(map.Line, $"parameter '{name}' needs choices or from, to and step.");
            var to = map.Number("to") ?? throw new BankFormatException(map.Line, $"parameter '{name}' needs 'to'.");
            var step = map.Number("step") ?? throw new BankFormatException(map.Line, $"parameter '{name}' needs 'step'.");
            if (!(step > 0) || to < from || (to - from) / step > MaximumGridPoints)
            {
                throw new BankFormatException(map.Line, $"parameter '{name}' needs from ≤ to and a step above 0 giving at most {MaximumGridPoints:N0} values.");
            }

            result.Add(new ParameterSpec(name, unit, [], from, to, step));
        }

        return result;
    }

    internal static bool IsName(string name) =>
        name.Length > 0 && char.IsAsciiLetter(name[0]) && name.All(char.IsAsciiLetterOrDigit);

    private static double Number(string text, string name, int line) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : throw new BankFormatException(line, $"choice '{text}' of parameter '{name}' is not a number.");
}
