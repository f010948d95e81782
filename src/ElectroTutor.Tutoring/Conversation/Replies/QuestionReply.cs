using System.Globalization;
using System.Text;

namespace ElectroTutor.Tutoring.Conversation.Replies;

/// <summary>A question for the learner.</summary>
/// <param name="Question">The question's data.</param>
public sealed record QuestionReply(QuestionData Question) : TutorReply
{
    /// <inheritdoc />
    public override string ToMarkdown() => $"**{Title}**\n\n{Body()}";

    /// <summary>"Question — skill" or "Review — skill".</summary>
    public string Title => $"{(Question.IsReview ? "Review" : "Question")} — {Question.SkillName}";

    /// <summary>The prompt, the options and how to answer, without the title.</summary>
    public string Body()
    {
        var text = new StringBuilder(Question.Prompt);
        foreach (var choice in Question.Choices)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n\n{choice.Key}. {choice.Text}");
        }

        foreach (var item in Question.OrderingItems)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n\n{item.Key}. {item.Text}");
        }

        text.Append("\n\n").Append(AnswerHint());
        return text.ToString();
    }

    private string AnswerHint() => Question.Kind switch
    {
        "choice" => "_Answer with a letter._",
        "ordering" => "_Answer with the letters in order, e.g. `C A B D`._",
        "numeric" when !string.IsNullOrEmpty(Question.AnswerUnit) => $"_Give a number with its unit (e.g. in {Question.AnswerUnit}). Type `hint` for help._",
        "numeric" => "_Give a number. Type `hint` for help._",
        _ => "_Answer in a few words._",
    };
}
