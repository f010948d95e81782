namespace ElectroTutor.Tutoring.Storage;

/// <summary>What one turn changed for one learner, written together or not at all.</summary>
/// <param name="LearnerId">The learner whose turn it was.</param>
/// <param name="ExpectedVersion">The conversation state version the turn started from (0 when none was saved).</param>
/// <param name="StateJson">The conversation state after the turn.</param>
public sealed record TurnCommit(long LearnerId, long ExpectedVersion, string StateJson)
{
    /// <summary>Attempts answered in the turn; each is idempotent on (channel, activity id).</summary>
    public IReadOnlyList<AttemptRecord> Attempts { get; init; } = [];

    /// <summary>Skill states that changed; each replaces the stored row for its (learner, skill).</summary>
    public IReadOnlyList<SkillStateRecord> SkillStates { get; init; } = [];

    /// <summary>When true, the learner's stored skill states are deleted before <see cref="SkillStates"/> are written (a reset).</summary>
    public bool ResetSkillStates { get; init; }

    /// <summary>A new display name the learner gave, or null to keep the stored one.</summary>
    public string? DisplayName { get; init; }
}
