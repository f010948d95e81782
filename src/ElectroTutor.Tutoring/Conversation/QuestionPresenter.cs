using ElectroTutor.Tutoring.Bank.Templates;
using ElectroTutor.Tutoring.Conversation.Replies;
using ElectroTutor.Tutoring.Items;

namespace ElectroTutor.Tutoring.Conversation;

/// <summary>Turns a generated item into the question learners and channels see, without its answer.</summary>
internal static class QuestionPresenter
{
    public static QuestionData Present(Item item, OpenQuestion question, string skillName) => new()
    {
        ItemId = question.ItemId,
        TemplateId = item.TemplateId,
        SkillId = question.SkillId,
        SkillName = skillName,
        Kind = KindName(item.Kind),
        Prompt = item.Prompt,
        Parameters = item.Parameters.ToDictionary(p => p.Name, p => new QuantityData(p.Value, p.Unit), StringComparer.Ordinal),
        AnswerUnit = item.Kind == TemplateKind.Numeric ? item.AnswerUnit : null,
        Choices = [.. item.Choices.Select(c => new ChoiceData(c.Letter, c.Text))],
        OrderingItems = [.. item.OrderingShown.Select(c => new ChoiceData(c.Letter, c.Text))],
        IsReview = question.IsReview,
        HintsAvailable = item.Hints.Count,
        Reason = question.Reason,
    };

    public static string KindName(TemplateKind kind) => kind switch
    {
        TemplateKind.Numeric => "numeric",
        TemplateKind.Choice => "choice",
        TemplateKind.Ordering => "ordering",
        _ => "short-answer",
    };
}
