namespace ElectroTutor.Tutoring.Storage;

/// <summary>
/// Stores everything one conversation turn changed in a single transaction, so that a learner is answered only after
/// the turn is durable and two turns of one conversation cannot both be applied to the same state.
/// </summary>
public interface ITurnStore
{
    /// <summary>
    /// Applies <paramref name="commit"/> atomically if the learner's conversation state is still at
    /// <see cref="TurnCommit.ExpectedVersion"/>; otherwise writes nothing and reports the conflict.
    /// </summary>
    Task<TurnCommitResult> CommitAsync(TurnCommit commit, CancellationToken cancellationToken = default);
}
