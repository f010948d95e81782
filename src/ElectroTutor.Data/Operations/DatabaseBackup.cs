using ElectroTutor.Data.Connection;
using Microsoft.Data.Sqlite;

namespace ElectroTutor.Data.Operations;

/// <summary>
/// A consistent copy of a live database through SQLite's online backup API: safe while the server is writing, unlike
/// copying the file (which would miss the WAL).
/// </summary>
public static class DatabaseBackup
{
    /// <summary>Copies <paramref name="database"/> to the new file <paramref name="destinationPath"/>.</summary>
    /// <returns>The full path of the copy.</returns>
    /// <exception cref="TutorDatabaseException">The database is on PostgreSQL (use <c>pg_dump</c>), the source does not exist, the destination exists, or SQLite fails.</exception>
    public static string Copy(TutorDatabase database, string destinationPath)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentException.ThrowIfNullOrWhiteSpace(destinationPath);
        if (database.Provider == DatabaseProvider.Postgres)
        {
            throw new TutorDatabaseException(
                $"db backup copies SQLite files; {database.Location} is on PostgreSQL, so back it up with pg_dump (e.g. pg_dump --format=custom --file=tutor.dump DATABASE) and restore with pg_restore. Nothing was written.");
        }

        var destination = Path.GetFullPath(destinationPath);
        if (!database.Exists)
        {
            throw new TutorDatabaseException($"There is no database at {database.Location} to back up.");
        }

        if (File.Exists(destination))
        {
            throw new TutorDatabaseException($"{destination} already exists; choose a new file for the backup.");
        }

        if (string.Equals(destination, database.FilePath, StringComparison.Ordinal))
        {
            throw new TutorDatabaseException("The backup file must differ from the database file.");
        }

        if (Path.GetDirectoryName(destination) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }

        using var source = (SqliteConnection)database.Open();
        using var target = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = destination, Pooling = false }.ToString());
        try
        {
            target.Open();
            source.BackupDatabase(target);
            return destination;
        }
        catch (SqliteException exception)
        {
            throw SqliteFailure.Explain(exception, database.Location);
        }
    }
}
