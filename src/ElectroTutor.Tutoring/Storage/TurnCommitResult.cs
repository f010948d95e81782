namespace ElectroTutor.Tutoring.Storage;

/// <summary>The outcome of <see cref="ITurnStore.CommitAsync"/>.</summary>
/// <param name="Saved">False when the conversation state had moved on; then nothing was written.</param>
/// <param name="Version">The stored conversation state version after the call.</param>
/// <param name="Attempts">The stored attempts, in the order given (empty on a conflict).</param>
public sealed record TurnCommitResult(bool Saved, long Version, IReadOnlyList<RecordedAttempt> Attempts)
{
    /// <summary>True when another turn saved first and this one must be re-run on the fresh state.</summary>
    public bool IsConflict => !Saved;
}
