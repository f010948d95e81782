using ElectroTutor.Tutoring.Answers;
using ElectroTutor.Tutoring.Bank;
using ElectroTutor.Tutoring.Bank.Templates;
using ElectroTutor.Tutoring.Items;

namespace ElectroTutor.Tutoring.Checking;

/// <summary>
/// Judges a learner's answer to an item of any kind and, when it is wrong in a recognised way, names the misconception
/// and gives its feedback. Pure: it remembers only the answer parsers of the option lists it has seen (a bounded
/// memory, <see cref="ChoiceParsers"/>); safe to share between threads.
/// </summary>
public sealed class ItemChecker(QuestionBank bank)
{
    private readonly ChoiceParsers choiceParsers = new();

    /// <summary>Checks one answer.</summary>
    /// <param name="item">The item answered.</param>
    /// <param name="text">What the learner typed (or the value of a card submission).</param>
    /// <returns>The verdict; never throws for any text.</returns>
    public ItemVerdict Check(Item item, string? text)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.Kind switch
        {
            TemplateKind.Numeric => NumericCheck.Check(item, text, Feedback),
            TemplateKind.Choice => ChoiceCheck.Check(item, text, choiceParsers, Feedback),
            TemplateKind.Ordering => OrderingCheck.Check(item, text),
            _ => ShortAnswerCheck.Check(item, text, Feedback),
        };
    }

    private string Feedback(string misconceptionId) =>
        bank.Misconceptions.TryGetValue(misconceptionId, out var misconception) ? misconception.Feedback : "That is a common slip.";
}
