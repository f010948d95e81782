namespace ElectroTutor.Tutoring.Conversation.Replies;

/// <summary>A learner's standing on one skill.</summary>
public sealed record SkillProgressData
{
    /// <summary>The skill's id.</summary>
    public required string SkillId { get; init; }

    /// <summary>The skill's name.</summary>
    public required string Name { get; init; }

    /// <summary>The mastery estimate, 0–1.</summary>
    public required double Mastery { get; init; }

    /// <summary><c>mastered</c>, <c>learning</c>, <c>ready</c> (not started, prerequisites met) or <c>locked</c>.</summary>
    public required string Status { get; init; }

    /// <summary>Questions answered on this skill.</summary>
    public int Attempts { get; init; }

    /// <summary>Of those, right at the first try.</summary>
    public int Correct { get; init; }

    /// <summary>When the next review is due, for mastered skills.</summary>
    public DateTimeOffset? NextReviewAt { get; init; }

    /// <summary>True when the review is due now.</summary>
    public bool ReviewDue { get; init; }
}
