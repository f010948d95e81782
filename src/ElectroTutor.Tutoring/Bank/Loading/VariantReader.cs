using ElectroTutor.Tutoring.Bank.Templates;

namespace ElectroTutor.Tutoring.Bank.Loading;

/// <summary>Reads one entry of <c>misconceptions:</c> — id, and inputs to replace, a quantity and/or a value formula.</summary>
internal static class VariantReader
{
    public static BuggyVariantSpec Read(YamlMap map, IReadOnlySet<string> names)
    {
        map.RejectUnknownKeys("id", "inputs", "quantity", "value");
        var id = map.RequiredText("id");
        var overrides = InputValueReader.Read(map, "inputs", names);
        var value = map.Text("value") is { } text ? TemplateReader.ParseFormula(text, map.LineOf("value")) : null;
        var quantity = map.Text("quantity");
        if (overrides.Count == 0 && value is null && quantity is null)
        {
            throw new BankFormatException(map.Line, $"misconception '{id}' needs inputs, a quantity or a value that shows the mistake.");
        }

        return new BuggyVariantSpec(id, overrides, quantity, value, map.Line);
    }
}
