using System.Data.Common;
using ElectroTutor.Data.Connection;

namespace ElectroTutor.Data.Migrations;

/// <summary>
/// Brings a database to the schema this build knows by running the numbered <see cref="SchemaMigrations"/> it has not
/// yet seen, each in its own transaction, recording each in <c>schema_versions</c>. A database recorded at a newer
/// version than this build knows, or one with tables but no version table, is refused and left untouched. The same
/// rules hold on SQLite and PostgreSQL; <see cref="SchemaDialect"/> holds what differs.
/// </summary>
public sealed class SchemaMigrator(TutorDatabase database)
{
    private const string VersionTable = "schema_versions";

    private SchemaDialect Dialect => SchemaDialect.For(database.Provider);

    /// <summary>
    /// Reads the schema version without changing anything. A database from a newer build is reported (see
    /// <see cref="SchemaStatus.IsFromTheFuture"/>), not refused: only changing or using it is refused.
    /// </summary>
    /// <exception cref="TutorDatabaseException">The database is not an ElectroTutor database or cannot be read.</exception>
    public SchemaStatus ReadStatus()
    {
        ArgumentNullException.ThrowIfNull(database);
        using var connection = database.Open();
        return Guard(() => new SchemaStatus(ReadVersion(connection, transaction: null, refuseFuture: false), SchemaMigrations.Latest));
    }

    /// <summary>Applies every pending step; returns the versions applied (empty when already current).</summary>
    /// <exception cref="TutorDatabaseException">The database is from a newer build, foreign, or locked.</exception>
    public IReadOnlyList<SchemaMigration> Migrate(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        using var connection = database.Open();
        return Guard(() =>
        {
            // Under the migration lock, so that another instance's first migration is not mistaken for foreign
            // tables: refuses a foreign or future database before anything is written, else ensures the version table.
            using (var create = Dialect.BeginLocked(connection))
            {
                ReadVersion(connection, create);
                SchemaDialect.Execute(connection, create, Dialect.CreateVersionTableSql);
                create.Commit();
            }

            Dialect.Prepare(connection, database);

            var applied = new List<SchemaMigration>();
            foreach (var step in SchemaMigrations.All)
            {
                // Each step re-reads the version under the migration lock, so two processes (or server instances)
                // migrating at once apply every step exactly once.
                using var transaction = Dialect.BeginLocked(connection);
                var current = ReadVersion(connection, transaction);
                if (current < step.Version)
                {
                    if (current != step.Version - 1)
                    {
                        throw new TutorDatabaseException($"The database {database.Location} is at schema version {current}, which has no step to {step.Version}.");
                    }

                    SchemaDialect.Execute(connection, transaction, step.SqlFor(database.Provider));
                    Record(connection, transaction, step, clock.GetUtcNow());
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

    private void Record(DbConnection connection, DbTransaction transaction, SchemaMigration step, DateTimeOffset now)
    {
        using var record = connection.CreateCommand();
        record.Transaction = transaction;
        record.CommandText = $"INSERT INTO {VersionTable} (version, description, applied_at) VALUES (@version, @description, @appliedAt);";
        AddParameter(record, "version", step.Version);
        AddParameter(record, "description", step.Description);
        AddParameter(record, "appliedAt", Dialect.AppliedAt(now));
        record.ExecuteNonQuery();
    }

    private static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    private int ReadVersion(DbConnection connection, DbTransaction? transaction = null, bool refuseFuture = true)
    {
        var hasVersionTable = SchemaDialect.Count(connection, transaction, Dialect.HasTableSql, VersionTable) > 0;
        if (!hasVersionTable)
        {
            if (SchemaDialect.Count(connection, transaction, Dialect.UserTableCountSql) > 0)
            {
                throw new TutorDatabaseException(
                    $"{database.Location} holds tables but no {VersionTable} table: it is not an ElectroTutor database, so it was left untouched.");
            }

            return 0;
        }

        var version = (int)SchemaDialect.Count(connection, transaction, $"SELECT coalesce(max(version), 0) FROM {VersionTable};");
        if (refuseFuture && version > SchemaMigrations.Latest)
        {
            throw FromTheFuture(database.Location, version);
        }

        return version;
    }

    private static TutorDatabaseException FromTheFuture(string location, int version) => new(
        $"The database {location} has schema version {version}, newer than this build knows ({SchemaMigrations.Latest}). " +
        "It was written by a newer ElectroTutor; upgrade ElectroTutor. Nothing was changed.");

    private T Guard<T>(Func<T> action)
    {
        try
        {
            return action();
        }
        catch (DbException exception) when (database.Explain(exception) is TutorDatabaseException)
        {
            throw database.Explain(exception);
        }
    }
}
