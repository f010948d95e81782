using System.Globalization;
using System.Text;
using ElectroTutor.Cli.Output;
using ElectroTutor.Tutoring.Items;

namespace ElectroTutor.Cli.Bank;

/// <summary>An item as plain text for authors: the question as learners see it, then everything behind it.</summary>
internal static class ItemText
{
    public static string ForAuthors(Item item)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{item.Id}  ({TemplateJson.Kind(item.Kind)}; {string.Join(", ", item.Skills)}; difficulty {item.Difficulty:0.00})");
        text.AppendLine();
        text.AppendLine(item.Prompt);
        foreach (var choice in item.Choices.Concat(item.OrderingShown))
        {
            text.AppendLine($"  {choice.Letter}. {choice.Text}");
        }

        text.AppendLine();
        if (item.Answer is { } answer)
        {
            text.AppendLine($"Answer: {NumberFormat.ForPeople(answer)} {Unit(item.AnswerUnit)} ({TemplateJson.Tolerance(item.Tolerance!.Kind)} tolerance {NumberFormat.ForPeople(item.Tolerance.Amount)})");
        }

        if (item.Choices.FirstOrDefault(c => c.IsCorrect) is { } correct)
        {
            text.AppendLine($"Correct choice: {correct.Letter}");
        }

        if (item.CorrectOrder.Count > 0)
        {
            text.AppendLine($"Correct order: {string.Join(", ", item.CorrectOrder)}");
        }

        if (item.Parameters.Count > 0)
        {
            text.AppendLine("Parameters: " + string.Join(", ", item.Parameters.Select(p => $"{p.Name} = {NumberFormat.ForPeople(p.Value)} {p.Unit}".TrimEnd())));
        }

        foreach (var variant in item.Variants)
        {
            text.AppendLine($"Diagnoses {variant.MisconceptionId} at {NumberFormat.ForPeople(variant.Value)} {Unit(item.AnswerUnit)}");
        }

        for (var i = 0; i < item.Hints.Count; i++)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"Hint {i + 1}: {item.Hints[i]}");
        }

        text.AppendLine($"Solution: {item.Solution}");
        text.Append($"Why: {item.Explanation}");
        return text.ToString();
    }

    private static string Unit(string? unit) => unit is null or "1" ? string.Empty : unit;
}
