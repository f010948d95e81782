using ElectroTutor.Tutoring.Answers;
using ElectroTutor.Tutoring.Bank.Templates;

namespace ElectroTutor.Tutoring.Bank.Loading;

/// <summary>Reads <c>answer:</c> — model, inputs, quantity and/or value, unit, tolerance, noteSignificantFigures.</summary>
internal static class AnswerReader
{
    private static readonly string[] ToleranceKeys = ["absolute", "relative", "significantFigures"];

    // noteSignificantFigures: true — two to five figures need no remark; fewer or more are accepted with a note.
    private static readonly SignificantFigurePolicy NotedFigures = new(2, 5);

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
        var unit = map.RequiredText("unit");
        return new NumericAnswerSpec(simulator, value, unit, CatalogUnit(unit, map.LineOf("unit")), Tolerance(map), note ? NotedFigures : null);
    }

    // A pure number is written "1" (the simulator's convention) or left empty.
    private static Unit CatalogUnit(string unit, int line)
    {
        if (unit is "1" or "")
        {
            return UnitCatalog.One;
        }

        var lookup = UnitCatalog.Find(unit);
        return lookup.Unit is { } found && lookup.Note is null
            ? found
            : throw new BankFormatException(line, $"answer unit '{unit}' is not one learners can type (see docs/answer-formats.md); use a catalogue symbol such as mV, mM, µA/cm², m/s or \"1\".");
    }

    private static Tolerance Tolerance(YamlMap answer)
    {
        var map = answer.Map("tolerance") ?? throw new BankFormatException(answer.Line, "'tolerance' is required: {absolute: x}, {relative: x} or {significantFigures: n}.");
        map.RejectUnknownKeys("absolute", "relative", "significantFigures");
        var kinds = ToleranceKeys.Where(map.Has).ToList();
        if (kinds.Count != 1)
        {
            throw new BankFormatException(map.Line, "'tolerance' needs exactly one of absolute, relative, significantFigures.");
        }

        var amount = map.Number(kinds[0])!.Value;
        return kinds[0] switch
        {
            "absolute" when amount > 0 => Answers.Tolerance.Absolute(amount),
            "relative" when amount is > 0 and < 1 => Answers.Tolerance.Relative(amount),
            "significantFigures" when amount is >= 1 and <= 10 && amount == Math.Round(amount) => Answers.Tolerance.SignificantFigures((int)amount),
            _ => throw new BankFormatException(map.Line, $"tolerance {kinds[0]} must be {(kinds[0] == "significantFigures" ? "a whole number from 1 to 10" : kinds[0] == "relative" ? "a fraction above 0 and below 1" : "above 0")}."),
        };
    }
}
