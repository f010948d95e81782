namespace ElectroTutor.Data.Migrations;

/// <summary>Where a database's schema stands relative to this build.</summary>
/// <param name="CurrentVersion">The highest version recorded in the database; 0 for an empty database.</param>
/// <param name="LatestVersion">The highest version this build knows.</param>
public sealed record SchemaStatus(int CurrentVersion, int LatestVersion)
{
    /// <summary>The database was written by a newer build; this one must not touch it.</summary>
    public bool IsFromTheFuture => CurrentVersion > LatestVersion;

    /// <summary>Steps this build would apply.</summary>
    public int Pending => Math.Max(0, LatestVersion - CurrentVersion);
}
