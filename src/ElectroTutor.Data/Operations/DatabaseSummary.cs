using System.Data.Common;
using ElectroTutor.Data.Connection;
using ElectroTutor.Data.Migrations;

namespace ElectroTutor.Data.Operations;

/// <summary>What <c>db info</c> shows: where the database is, its schema version and how many rows each table holds.</summary>
/// <param name="Location">The file, "(in memory)", or the PostgreSQL server and database.</param>
/// <param name="Exists">False when the file has not been created yet; the other values are then empty.</param>
/// <param name="SizeBytes">The main file's size (without the WAL), 0 when absent; PostgreSQL: the database's size.</param>
/// <param name="JournalMode">SQLite's journal mode, e.g. <c>wal</c>; empty for PostgreSQL.</param>
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
        ["learners", "attempts", "skill_states", "conversation_states", "instructors", "classes", "enrollments", "instructor_identities"];

    /// <summary>The engine holding the database.</summary>
    public DatabaseProvider Provider { get; init; } = DatabaseProvider.Sqlite;

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
        var dialect = SchemaDialect.For(database.Provider);
        try
        {
            var counts = new List<KeyValuePair<string, long>>();
            foreach (var table in Tables.Where(t => SchemaDialect.Count(connection, null, dialect.HasTableSql, t) > 0))
            {
                // Table names come from the fixed list above, never from input.
                counts.Add(new(table, SchemaDialect.Count(connection, null, $"SELECT count(*) FROM \"{table}\";")));
            }

            return new DatabaseSummary(database.Location, Exists: true, dialect.SizeBytes(connection, database), dialect.JournalMode(connection), schema, counts)
            {
                Provider = database.Provider,
            };
        }
        catch (DbException exception) when (database.Explain(exception) is TutorDatabaseException)
        {
            throw database.Explain(exception);
        }
    }
}
