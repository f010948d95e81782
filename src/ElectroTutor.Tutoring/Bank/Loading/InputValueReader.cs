using ElectroTutor.Tutoring.Bank.Templates;
using ElectroTutor.Tutoring.Formulas;

namespace ElectroTutor.Tutoring.Bank.Loading;

/// <summary>
/// Reads simulator inputs (<c>inputs: {outsideMm: kOut, ion: K}</c>). A value is a formula when it parses and every
/// name in it is a parameter or derived value; otherwise a single word is literal text (an ion, a protocol name).
/// </summary>
internal static class InputValueReader
{
    public static IReadOnlyList<InputValue> Read(YamlMap map, string key, IReadOnlySet<string> names) =>
        map.ScalarPairs(key).Select(pair => Classify(pair.Key, pair.Value, pair.Line, names)).ToList();

    private static InputValue Classify(string input, string text, int line, IReadOnlySet<string> names)
    {
        Formula? formula = null;
        try
        {
            formula = Formula.Parse(text);
        }
        catch (FormulaException)
        {
            // Not a formula: may still be a literal word below.
        }

        if (formula is not null && formula.Variables.All(names.Contains))
        {
            return new InputValue(input, formula, null);
        }

        if (text.Length > 0 && text.All(c => char.IsLetterOrDigit(c) || c is '+' or '-' or '_'))
        {
            return new InputValue(input, null, text);
        }

        var unknown = formula?.Variables.Where(v => !names.Contains(v)).ToList() ?? [];
        throw new BankFormatException(line, unknown.Count > 0
            ? $"input '{input}': '{text}' uses {string.Join(", ", unknown)}, which are not parameters or derived values."
            : $"input '{input}': '{text}' is neither a formula nor a single word.");
    }
}
