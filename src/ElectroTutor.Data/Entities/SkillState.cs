namespace ElectroTutor.Data.Entities;

/// <summary>Row of <c>skill_states</c>: mastery, revision schedule and review memory of one learner on one skill.</summary>
internal sealed class SkillState
{
    public long LearnerId { get; set; }

    public string SkillId { get; set; } = string.Empty;

    public double Mastery { get; set; }

    public int Attempts { get; set; }

    public int Correct { get; set; }

    public DateTimeOffset? LastPracticedAt { get; set; }

    public DateTimeOffset? NextReviewAt { get; set; }

    public double? ReviewStabilityDays { get; set; }

    public DateTimeOffset? LastReviewedAt { get; set; }

    public int Reviews { get; set; }

    public int Lapses { get; set; }
}
