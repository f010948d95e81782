namespace ElectroTutor.Tutoring.Storage;

/// <summary>The outcome of saving dialog state against an expected version.</summary>
/// <param name="Saved">True when the state was written; false when someone else saved first (a conflict).</param>
/// <param name="Version">After a save, the new version; after a conflict, the version now stored (0 if none).</param>
public sealed record ConversationSave(bool Saved, long Version)
{
    /// <summary>True when another turn saved first; reload, reapply and try again.</summary>
    public bool IsConflict => !Saved;
}
