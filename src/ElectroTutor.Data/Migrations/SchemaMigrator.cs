using System.Globalization;
using ElectroTutor.Data.Connection;
using Microsoft.Data.Sqlite;

namespace ElectroTutor.Data.Migrations;

/// <summary>
/// Brings a database to the schema this build knows by running the numbered <see cref="SchemaMigrations"/> it has not
/// yet seen, each in its own transaction, recording each in <c>schema_versions</c>. A database recorded at a newer
/// version than this build knows, or one with tables but no version table, is refused and left untouched.
/// </summary>
public sealed class SchemaMigrator(TutorDatabase database)
{
    private const string VersionTable = "schema_versions";

    /// <summary>
    /// Reads the schema version without changing anything. A database from a newer build is reported (see
    /// <see cref="SchemaStatus.IsFromTheFuture"/>), not refused: only changing or using it is refused.
    /// </summary>
    /// <exception cref="TutorDatabaseException">The database is not an ElectroTutor database or cannot be read.</exception>
    public SchemaStatus ReadStatus()
    {
        ArgumentNullException.ThrowIfNull(database);
        using var connection = database.Open();
        return Guard(() => new SchemaStatus(ReadVersion(connection, database.Location, refuseFuture: false), SchemaMigrations.Latest));
    }

    /// <summary>Applies every pending step; returns the versions applied (empty when already current).</summary>
    /// <exception cref="TutorDatabaseException">The database is from a newer build, foreign, or locked.</exception>
    public IReadOnlyList<SchemaMigration> Migrate(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        using var connection = database.Open();
        return Guard(() =>
        {
            // Refuses a foreign or future database before anything is written.
            ReadVersion(connection, database.Location);
            if (database.FilePath is not null)
            {
                Execute(connection, null, "PRAGMA journal_mode = WAL;");
            }

            Execute(connection, null, $"CREATE TABLE IF NOT EXISTS {VersionTable} (version INTEGER NOT NULL PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL);");
            var applied = new List<SchemaMigration>();
            foreach (var step in SchemaMigrations.All)
            {
                // Each step re-reads the version inside its write transaction, so two processes migrating at once
                // apply every step exactly once.
                using var transaction = connection.BeginTransaction(deferred: false);
                var current = ReadVersion(connection, database.Location, transaction);
                if (current < step.Version)
                {
                    if (current != step.Version - 1)
                    {
                        throw new TutorDatabaseException($"The database {database.Location} is at schema version {current}, which has no step to {step.Version}.");
                    }

                    Execute(connection, transaction, step.Sql);
                    using var record = connection.CreateCommand();
                    record.Transaction = transaction;
                    record.CommandText = $"INSERT INTO {VersionTable} (version, description, applied_at) VALUES ($version, $description, $appliedAt);";
                    record.Parameters.AddWithValue("$version", step.Version);
                    record.Parameters.AddWithValue("$description", step.Description);
                    record.Parameters.AddWithValue("$appliedAt", clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
                    record.ExecuteNonQuery();
                    applied.Add(step);
                }

                transaction.Commit();
            }

            return (IReadOnlyList<SchemaMigration>)applied;
        });
    }

    /// <summary>Throws unless the database is exactly at the latest version; stores call this before use.</summary>
    public void EnsureCurrent()
    {
        var status = ReadStatus();
        if (status.IsFromTheFuture)
        {
            throw FromTheFuture(database.Location, status.CurrentVersion);
        }

        if (status.CurrentVersion < status.LatestVersion)
        {
            throw new TutorDatabaseException(
                $"The database {database.Location} is at schema version {status.CurrentVersion}; this build needs {status.LatestVersion}. Run 'electrotutor db migrate'.");
        }
    }

    private static int ReadVersion(SqliteConnection connection, string location, SqliteTransaction? transaction = null, bool refuseFuture = true)
    {
        var hasVersionTable = Scalar(connection, transaction, $"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '{VersionTable}';") > 0;
        if (!hasVersionTable)
        {
            var tables = Scalar(connection, transaction, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%';");
            if (tables > 0)
            {
                throw new TutorDatabaseException(
                    $"{location} holds tables but no {VersionTable} table: it is not an ElectroTutor database, so it was left untouched.");
            }

            return 0;
        }

        var version = (int)Scalar(connection, transaction, $"SELECT coalesce(max(version), 0) FROM {VersionTable};");
        if (refuseFuture && version > SchemaMigrations.Latest)
        {
            throw FromTheFuture(location, version);
        }

        return version;
    }

    private static TutorDatabaseException FromTheFuture(string location, int version) => new(
        $"The database {location} has schema version {version}, newer than this build knows ({SchemaMigrations.Latest}). " +
        "It was written by a newer ElectroTutor; upgrade ElectroTutor. Nothing was changed.");

    private static long Scalar(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private T Guard<T>(Func<T> action)
    {
        try
        {
            return action();
        }
        catch (SqliteException exception)
        {
            throw SqliteFailure.Explain(exception, database.Location);
        }
    }
}
