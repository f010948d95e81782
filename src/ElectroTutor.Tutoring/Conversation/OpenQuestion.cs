namespace ElectroTutor.Tutoring.Conversation;

/// <summary>
/// The question in front of the learner. Only the template and seed are kept: the item is regenerated from them, so
/// the stored state never holds the answer.
/// </summary>
/// <param name="TemplateId">The template the item came from.</param>
/// <param name="Seed">The item's seed.</param>
/// <param name="SkillId">The skill the question was chosen to practise.</param>
/// <param name="IsReview">True when it is a spaced review of a mastered skill.</param>
/// <param name="AskedAt">When the question (or the last feedback on it) was shown, for response times.</param>
public sealed record OpenQuestion(string TemplateId, int Seed, string SkillId, bool IsReview, DateTimeOffset AskedAt)
{
    /// <summary>The item id channels see: <c>templateId:seed</c>.</summary>
    public string ItemId => $"{TemplateId}:{Seed}";

    /// <summary>Gradeable wrong answers so far.</summary>
    public int WrongAnswers { get; init; }

    /// <summary>Hints shown so far.</summary>
    public int HintsShown { get; init; }

    /// <summary>True once the worked solution was shown.</summary>
    public bool SolutionShown { get; init; }

    /// <summary>True once the item's evidence reached the mastery model (only the first try counts).</summary>
    public bool Observed { get; init; }

    /// <summary>Why the tutor chose this question, shown on request.</summary>
    public string Reason { get; init; } = string.Empty;
}
