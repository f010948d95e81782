namespace ElectroTutor.Tutoring.Conversation.Replies;

/// <summary>The judgement of one answer, as channels and automation see it.</summary>
public sealed record FeedbackData
{
    /// <summary>The item answered.</summary>
    public required string ItemId { get; init; }

    /// <summary>The template the item came from.</summary>
    public required string TemplateId { get; init; }

    /// <summary>The skill practised.</summary>
    public required string SkillId { get; init; }

    /// <summary>The skill's name.</summary>
    public required string SkillName { get; init; }

    /// <summary>The verdict in kebab case: <c>correct</c>, <c>correct-with-note</c>, <c>incorrect</c>, <c>wrong-unit</c>, <c>unparseable</c>, <c>ambiguous</c>, <c>missing-unit</c>.</summary>
    public required string Verdict { get; init; }

    /// <summary>True when the answer was right.</summary>
    public required bool Correct { get; init; }

    /// <summary>True when the answer was recorded as an attempt (unreadable answers are not).</summary>
    public required bool Counted { get; init; }

    /// <summary>The misconception diagnosed, if any.</summary>
    public string? MisconceptionId { get; init; }

    /// <summary>What the tutor says about the answer (Markdown).</summary>
    public required string Message { get; init; }

    /// <summary>The mastery of <see cref="SkillId"/> after this answer.</summary>
    public double MasteryAfter { get; init; }

    /// <summary>True when the skill is mastered after this answer.</summary>
    public bool Mastered { get; init; }

    /// <summary>The expected answer, only once the learner got it right or was shown the solution.</summary>
    public string? ExpectedAnswer { get; init; }

    /// <summary>True when the question stays open for another try.</summary>
    public bool CanRetry { get; init; }
}
