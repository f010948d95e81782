namespace ElectroTutor.Tutoring.Storage;

/// <summary>A learner's standing on one skill.</summary>
/// <param name="LearnerId">The learner.</param>
/// <param name="SkillId">The skill's id from the skills graph.</param>
/// <param name="Mastery">The mastery estimate, a probability in [0, 1].</param>
/// <param name="Attempts">Answers counted toward this skill; zero or more.</param>
/// <param name="Correct">Of those, the correct ones; never more than <paramref name="Attempts"/>.</param>
/// <param name="LastPracticedAt">The last answer on this skill (UTC), or null if never practised.</param>
/// <param name="NextReviewAt">When revision is due (UTC), or null if none is scheduled.</param>
public sealed record SkillStateRecord(
    long LearnerId,
    string SkillId,
    double Mastery,
    int Attempts,
    int Correct,
    DateTimeOffset? LastPracticedAt,
    DateTimeOffset? NextReviewAt)
{
    /// <summary>The review memory's stability in days (how slowly the skill is forgotten); null until first mastered.</summary>
    public double? ReviewStabilityDays { get; init; }

    /// <summary>When the skill was last reviewed or mastered; null until first mastered.</summary>
    public DateTimeOffset? LastReviewedAt { get; init; }

    /// <summary>Reviews taken since the skill was first mastered.</summary>
    public int Reviews { get; init; }

    /// <summary>Reviews failed since the skill was first mastered.</summary>
    public int Lapses { get; init; }
}
