namespace ElectroTutor.Tutoring.Storage;

/// <summary>
/// Dialog state per learner with optimistic concurrency: two turns that load the same version cannot both save,
/// so no update is silently lost.
/// </summary>
public interface IConversationStateStore
{
    /// <summary>The saved state, or null if the learner has none.</summary>
    Task<ConversationSnapshot?> LoadAsync(long learnerId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Saves <paramref name="stateJson"/> if the stored version is still <paramref name="expectedVersion"/>
    /// (0 meaning "nothing saved yet"); otherwise stores nothing and reports a conflict.
    /// </summary>
    Task<ConversationSave> SaveAsync(long learnerId, string stateJson, long expectedVersion, CancellationToken cancellationToken = default);
}
