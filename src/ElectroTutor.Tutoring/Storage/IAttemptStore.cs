namespace ElectroTutor.Tutoring.Storage;

/// <summary>The append-only log of answers.</summary>
public interface IAttemptStore
{
    /// <summary>
    /// Stores <paramref name="attempt"/> unless its (channel, activity id) was stored before, in which case the earlier
    /// attempt is returned with <see cref="RecordedAttempt.IsRepeat"/> set, so a redelivered message yields the same
    /// outcome and one row. Attempts without an activity id are always stored.
    /// </summary>
    Task<RecordedAttempt> RecordAsync(AttemptRecord attempt, CancellationToken cancellationToken = default);

    /// <summary>A learner's attempts, oldest first.</summary>
    Task<IReadOnlyList<RecordedAttempt>> ForLearnerAsync(long learnerId, CancellationToken cancellationToken = default);
}
