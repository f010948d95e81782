using System.Data.Common;
using System.Globalization;
using ElectroTutor.Data.Connection;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace ElectroTutor.Data.Migrations;

/// <summary>
/// What the migrator and <c>db info</c> say differently to SQLite and to PostgreSQL: how to find tables, how to hold
/// the one write lock under which a step is applied, and how the version table records time.
/// </summary>
internal abstract class SchemaDialect
{
    public static SchemaDialect For(DatabaseProvider provider) => provider == DatabaseProvider.Postgres ? Postgres.Instance : Sqlite.Instance;

    /// <summary>Counts tables named <c>@name</c> (0 or 1).</summary>
    public abstract string HasTableSql { get; }

    /// <summary>Counts the database's own tables (not the engine's catalog).</summary>
    public abstract string UserTableCountSql { get; }

    public abstract string CreateVersionTableSql { get; }

    /// <summary>Run once per connection before migrating, outside any transaction.</summary>
    public virtual void Prepare(DbConnection connection, TutorDatabase database)
    {
    }

    /// <summary>
    /// Starts a transaction that holds the database's migration lock until it ends, so that of two processes migrating
    /// at once the second waits and then sees the first one's steps.
    /// </summary>
    public abstract DbTransaction BeginLocked(DbConnection connection);

    /// <summary>The value stored in <c>schema_versions.applied_at</c>.</summary>
    public abstract object AppliedAt(DateTimeOffset time);

    /// <summary>SQLite's journal mode; empty for PostgreSQL, which has none to report.</summary>
    public abstract string JournalMode(DbConnection connection);

    /// <summary>The database's size on disk in bytes (SQLite: the main file without its WAL).</summary>
    public abstract long SizeBytes(DbConnection connection, TutorDatabase database);

    public static object? Scalar(DbConnection connection, DbTransaction? transaction, string sql, string? name = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        if (name is not null)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "name";
            parameter.Value = name;
            command.Parameters.Add(parameter);
        }

        return command.ExecuteScalar();
    }

    public static long Count(DbConnection connection, DbTransaction? transaction, string sql, string? name = null) =>
        Convert.ToInt64(Scalar(connection, transaction, sql, name), CultureInfo.InvariantCulture);

    public static void Execute(DbConnection connection, DbTransaction? transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private sealed class Sqlite : SchemaDialect
    {
        public static readonly Sqlite Instance = new();

        public override string HasTableSql => "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = @name;";

        public override string UserTableCountSql => "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%';";

        public override string CreateVersionTableSql =>
            "CREATE TABLE IF NOT EXISTS schema_versions (version INTEGER NOT NULL PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL);";

        public override void Prepare(DbConnection connection, TutorDatabase database)
        {
            if (database.FilePath is not null)
            {
                Execute(connection, null, "PRAGMA journal_mode = WAL;");
            }
        }

        // BEGIN IMMEDIATE takes SQLite's one write lock at once.
        public override DbTransaction BeginLocked(DbConnection connection) => ((SqliteConnection)connection).BeginTransaction(deferred: false);

        public override object AppliedAt(DateTimeOffset time) => time.ToString("O", CultureInfo.InvariantCulture);

        public override string JournalMode(DbConnection connection) =>
            Convert.ToString(Scalar(connection, null, "PRAGMA journal_mode;"), CultureInfo.InvariantCulture) ?? string.Empty;

        public override long SizeBytes(DbConnection connection, TutorDatabase database) =>
            database.FilePath is null ? 0 : new FileInfo(database.FilePath).Length;
    }

    private sealed class Postgres : SchemaDialect
    {
        public static readonly Postgres Instance = new();

        // Any fixed number will do; it only has to be the same in every ElectroTutor ("ElecTutr" in ASCII).
        private const long MigrationLockKey = 0x456C_6563_5475_7472;

        public override string HasTableSql =>
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name = @name;";

        public override string UserTableCountSql =>
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE';";

        public override string CreateVersionTableSql =>
            "CREATE TABLE IF NOT EXISTS schema_versions (version integer NOT NULL PRIMARY KEY, description text NOT NULL, applied_at timestamptz NOT NULL);";

        // A transaction-scoped advisory lock is released by the commit or rollback, even if the process dies.
        public override DbTransaction BeginLocked(DbConnection connection)
        {
            var transaction = connection.BeginTransaction();
            try
            {
                using var command = (NpgsqlCommand)connection.CreateCommand();
                command.Transaction = (NpgsqlTransaction)transaction;
                command.CommandText = "SELECT pg_advisory_xact_lock(@key);";
                command.Parameters.AddWithValue("key", MigrationLockKey);
                command.ExecuteNonQuery();
                return transaction;
            }
            catch
            {
                transaction.Dispose();
                throw;
            }
        }

        public override object AppliedAt(DateTimeOffset time) => time.ToUniversalTime();

        public override string JournalMode(DbConnection connection) => string.Empty;

        public override long SizeBytes(DbConnection connection, TutorDatabase database) =>
            Count(connection, null, "SELECT pg_database_size(current_database());");
    }
}
