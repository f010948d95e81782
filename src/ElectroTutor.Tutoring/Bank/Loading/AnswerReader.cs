using ElectroTutor.Tutoring.Bank.Templates;

namespace ElectroTutor.Tutoring.Bank.Loading;

/// <summary>Reads <c>answer:</c> — model, inputs, quantity and/or value, unit, tolerance, noteSignificantFigures.</summary>
internal static class AnswerReader
{
    private static readonly string[] ToleranceKeys = ["absolute", "relative", "significantFigures"];

    public static NumericAnswerSpec Read(YamlMap map, IReadOnlySet<string> names)
    {
        map.RejectUnknownKeys("model", "inputs", "quantity", "value", "unit", "tolerance", "noteSignificantFigures");
        var model = map.Text("model");
        if (model is null && (map.Has("inputs") || map.Has("quantity")))
        {
            throw new BankFormatException(map.Line, "'inputs' and 'quantity' need a 'model'.");
        }

        var simulator = model is null ? null : new SimulatorCall(model, InputValueReader.Read(map, "inputs", names), map.Text("quantity"));
        var value = map.Text("value") is { } text ? TemplateReader.ParseFormula(text, map.LineOf("value")) : null;
        if (simulator is null && value is null)
        {
            throw new BankFormatException(map.Line, "an answer needs a 'model' (computed by the simulator) or a 'value' formula.");
        }

        var note = map.Text("noteSignificantFigures") is { } flag && TemplateReader.Boolean(flag, map.LineOf("noteSignificantFigures"));
        return new NumericAnswerSpec(simulator, value, map.RequiredText("unit"), Tolerance(map), note);
    }

    private static ToleranceSpec Tolerance(YamlMap answer)
    {
        var map = answer.Map("tolerance") ?? throw new BankFormatException(answer.Line, "'tolerance' is required: {absolute: x}, {relative: x} or {significantFigures: n}.");
        map.RejectUnknownKeys("absolute", "relative", "significantFigures");
        var kinds = ToleranceKeys.Where(map.Has).ToList();
        if (kinds.Count != 1)
        {
            throw new BankFormatException(map.Line, "'tolerance' needs exactly one of absolute, relative, significantFigures.");
        }

        var amount = map.Number(kinds[0])!.Value;
        var kind = kinds[0] switch
        {
            "absolute" => ToleranceKind.Absolute,
            "relative" => ToleranceKind.Relative,
            _ => ToleranceKind.SignificantFigures,
        };
        var valid = kind == ToleranceKind.SignificantFigures ? amount is >= 1 and <= 10 && amount == Math.Round(amount) : amount > 0;
        return valid
            ? new ToleranceSpec(kind, amount)
            : throw new BankFormatException(map.Line, $"tolerance {kinds[0]} must be {(kind == ToleranceKind.SignificantFigures ? "a whole number from 1 to 10" : "above 0")}.");
    }
}
