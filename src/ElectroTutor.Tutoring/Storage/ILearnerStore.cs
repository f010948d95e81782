namespace ElectroTutor.Tutoring.Storage;

/// <summary>Learners by their channel-scoped identity.</summary>
public interface ILearnerStore
{
    /// <summary>
    /// Returns the learner with <paramref name="key"/>, creating it when absent. Safe to call twice for the same key:
    /// both calls return the same <see cref="LearnerRecord.Id"/>. A created learner is made durable by the next turn
    /// stored through <see cref="ITurnStore"/> (a store may commit the row without waiting for the disk): until then a
    /// crash may undo it, which loses nothing acknowledged, since a turn is acknowledged only once it is stored.
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
