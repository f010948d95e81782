namespace ElectroTutor.Tutoring.Storage;

/// <summary>Mastery and revision schedule per learner and skill; one row per (learner, skill).</summary>
public interface ISkillStateStore
{
    /// <summary>All of a learner's skill states, ordered by skill id.</summary>
    Task<IReadOnlyList<SkillStateRecord>> ForLearnerAsync(long learnerId, CancellationToken cancellationToken = default);

    /// <summary>Inserts the state or replaces the one stored for the same (learner, skill).</summary>
    Task SaveAsync(SkillStateRecord state, CancellationToken cancellationToken = default);
}
