using System.Globalization;
using ElectroTutor.Simulation.Scenarios;
using ElectroTutor.Tutoring.Bank;
using ElectroTutor.Tutoring.Bank.Templates;
using ElectroTutor.Tutoring.Items;

namespace ElectroTutor.Cli.LoadTest;

/// <summary>
/// Works out what a simulated learner types for a question the server asked: the right answer, regenerated from the
/// item id (<c>templateId:seed</c>) with the same generator and bank the tutor uses, or a plausible wrong one.
/// One per learner, so nothing here is shared between threads.
/// </summary>
internal sealed class AnswerKey(QuestionBank bank)
{
    private readonly ItemGenerator generator = new(ScenarioCatalog.Default);

    /// <summary>What a learner types for <paramref name="itemId"/>; null when the id names no item of this bank.</summary>
    public string? Answer(string itemId, bool right)
    {
        var colon = itemId.LastIndexOf(':');
        if (colon <= 0
            || !long.TryParse(itemId.AsSpan(colon + 1), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seed)
            || !bank.TryGetTemplate(itemId[..colon], out var template)
            || generator.Generate(template, seed).Item is not { } item)
        {
            return null;
        }

        return right ? Right(item) : Wrong(item);
    }

    private static string Right(Item item) => item.Kind switch
    {
        TemplateKind.Numeric => Numeric(item.Answer ?? 0, item.AnswerUnit),
        TemplateKind.Choice => item.Choices.First(c => c.IsCorrect).Letter,
        TemplateKind.Ordering => string.Join(' ', item.CorrectOrder),
        _ => string.Join(' ', item.ShortAnswer!.RequiredGroups.Select(g => g[0])),
    };

    /// <summary>The mistakes learners make: a flipped sign, a tempting distractor, the order reversed, a tempting wrong phrase.</summary>
    private static string Wrong(Item item) => item.Kind switch
    {
        TemplateKind.Numeric => Numeric(item.Answer is { } value && Math.Abs(value) > 1e-9 ? -value : 10, item.AnswerUnit),
        TemplateKind.Choice => (item.Choices.FirstOrDefault(c => !c.IsCorrect && c.MisconceptionId is not null)
            ?? item.Choices.FirstOrDefault(c => !c.IsCorrect)
            ?? item.Choices[0]).Letter,
        TemplateKind.Ordering => string.Join(' ', item.CorrectOrder.Reverse()),
        _ => item.ShortAnswer is { Rejected.Count: > 0 } spec ? spec.Rejected[0].Phrase : "osmosis",
    };

    /// <summary>A number as a learner types it: with its unit, or bare when the quantity is a pure number (unit "1").</summary>
    private static string Numeric(double value, string? unit) =>
        unit is { Length: > 0 } and not "1" ? FormattableString.Invariant($"{value:R} {unit}") : FormattableString.Invariant($"{value:R}");
}
