namespace ElectroTutor.Tutoring.Storage;

/// <summary>Learners by their channel-scoped identity.</summary>
public interface ILearnerStore
{
    /// <summary>
    /// Returns the learner with <paramref name="key"/>, creating it when absent. Safe to call twice for the same key:
    /// both calls return the same <see cref="LearnerRecord.Id"/>.
    /// </summary>
    Task<LearnerRecord> GetOrCreateAsync(LearnerKey key, string displayName, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>The learner with <paramref name="key"/>, or null.</summary>
    Task<LearnerRecord?> FindAsync(LearnerKey key, CancellationToken cancellationToken = default);

    /// <summary>
    /// Deletes the learner and everything recorded about them (attempts, skill states, conversation, enrollments),
    /// and nothing about anyone else. Forgetting an unknown id removes nothing and is not an error.
    /// </summary>
    Task<LearnerErasure> ForgetAsync(long learnerId, CancellationToken cancellationToken = default);
}
