using System.Globalization;
using ElectroTutor.Data.Connection;
using ElectroTutor.Data.Migrations;
using Microsoft.Data.Sqlite;

namespace ElectroTutor.Data.Operations;

/// <summary>What <c>db info</c> shows: where the database is, its schema version and how many rows each table holds.</summary>
/// <param name="Location">The file (or "(in memory)").</param>
/// <param name="Exists">False when the file has not been created yet; the other values are then empty.</param>
/// <param name="SizeBytes">The main file's size (without the WAL), 0 when absent.</param>
/// <param name="JournalMode">SQLite's journal mode, e.g. <c>wal</c>.</param>
/// <param name="Schema">The schema version against this build's, or null when the file does not exist.</param>
/// <param name="RowCounts">Rows per tutor table present, in schema order.</param>
public sealed record DatabaseSummary(
    string Location,
    bool Exists,
    long SizeBytes,
    string JournalMode,
    SchemaStatus? Schema,
    IReadOnlyList<KeyValuePair<string, long>> RowCounts)
{
    /// <summary>The tutor's tables in schema order.</summary>
    public static IReadOnlyList<string> Tables { get; } =
        ["learners", "attempts", "skill_states", "conversation_states", "instructors", "classes", "enrollments"];

    /// <summary>Reads the summary without changing the database (and without creating a missing file).</summary>
    /// <exception cref="TutorDatabaseException">The database is foreign, from a newer build, or unreadable.</exception>
    public static DatabaseSummary Read(TutorDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        if (!database.Exists)
        {
            return new DatabaseSummary(database.Location, Exists: false, 0, string.Empty, null, []);
        }

        var schema = new SchemaMigrator(database).ReadStatus();
        using var connection = database.Open();
        try
        {
            var counts = new List<KeyValuePair<string, long>>();
            foreach (var table in Tables.Where(t => HasTable(connection, t)))
            {
                // Table names come from the fixed list above, never from input.
                counts.Add(new(table, Scalar(connection, $"SELECT count(*) FROM \"{table}\";")));
            }

            var journal = Convert.ToString(Query(connection, "PRAGMA journal_mode;"), CultureInfo.InvariantCulture) ?? string.Empty;
            var size = database.FilePath is null ? 0 : new FileInfo(database.FilePath).Length;
            return new DatabaseSummary(database.Location, Exists: true, size, journal, schema, counts);
        }
        catch (SqliteException exception)
        {
            throw SqliteFailure.Explain(exception, database.Location);
        }
    }

    private static bool HasTable(SqliteConnection connection, string table)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = $name;";
        command.Parameters.AddWithValue("$name", table);
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture) > 0;
    }

    private static long Scalar(SqliteConnection connection, string sql) => Convert.ToInt64(Query(connection, sql), CultureInfo.InvariantCulture);

    private static object? Query(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
