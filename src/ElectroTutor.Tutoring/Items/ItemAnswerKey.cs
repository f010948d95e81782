using System.Globalization;
using ElectroTutor.Tutoring.Bank.Templates;

namespace ElectroTutor.Tutoring.Items;

/// <summary>
/// Answers to an item as a learner would type them: the right one, and a typical wrong one (a diagnosed
/// misconception where the item has one). Simulated learners (load tests, demos) and end-to-end tests answer with these.
/// </summary>
public static class ItemAnswerKey
{
    /// <summary>A right answer: the value with its unit, the right letter, the right order, or the required words.</summary>
    public static string Right(Item item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.Kind switch
        {
            TemplateKind.Numeric => Numeric(item.Answer ?? 0, item.AnswerUnit),
            TemplateKind.Choice => item.Choices.First(c => c.IsCorrect).Letter,
            TemplateKind.Ordering => string.Join(' ', item.CorrectOrder),
            _ => string.Join(' ', item.ShortAnswer!.RequiredGroups.Select(g => g[0])),
        };
    }

    /// <summary>A wrong but readable answer: a flipped sign, a diagnosed distractor, the reversed order, a rejected phrase.</summary>
    public static string Wrong(Item item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.Kind switch
        {
            TemplateKind.Numeric => Numeric(item.Answer is { } value && Math.Abs(value) > 1e-9 ? -value : 10, item.AnswerUnit),
            TemplateKind.Choice => (item.Choices.FirstOrDefault(c => !c.IsCorrect && c.MisconceptionId is not null)
                ?? item.Choices.FirstOrDefault(c => !c.IsCorrect)
                ?? item.Choices[0]).Letter,
            TemplateKind.Ordering => string.Join(' ', item.CorrectOrder.Reverse()),
            _ => item.ShortAnswer is { Rejected.Count: > 0 } spec ? spec.Rejected[0].Phrase : "osmosis",
        };
    }

    /// <summary>Splits an item id (<c>templateId:seed</c>) into its parts; false when it is not one.</summary>
    public static bool TryParseItemId(string? itemId, out string templateId, out long seed)
    {
        var colon = itemId?.LastIndexOf(':') ?? -1;
        templateId = colon > 0 ? itemId![..colon] : string.Empty;
        seed = 0;
        return colon > 0 && long.TryParse(itemId.AsSpan(colon + 1), NumberStyles.Integer, CultureInfo.InvariantCulture, out seed);
    }

    private static string Numeric(double value, string? unit) =>
        unit is { Length: > 0 } and not "1" ? FormattableString.Invariant($"{value:R} {unit}") : FormattableString.Invariant($"{value:R}");
}
