using Microsoft.Data.Sqlite;

namespace ElectroTutor.Cli.Tests.Database;

/// <summary>A database file path in a fresh temporary folder, created by the CLI itself; the folder is removed afterwards.</summary>
internal sealed class TempDatabaseFile : IDisposable
{
    public TempDatabaseFile()
    {
        Folder = Directory.CreateTempSubdirectory("electrotutor-cli-db-").FullName;
        Path = System.IO.Path.Combine(Folder, "tutor.db");
    }

    public string Folder { get; }

    public string Path { get; }

    /// <summary>Creates the schema with <c>db migrate</c> and adds two learners with attempts, as a tutor would have.</summary>
    public TempDatabaseFile Seeded()
    {
        var run = CliRun.Of("db", "migrate", "--database", Path);
        Assert.True(run.ExitCode == 0, run.Error);
        Execute("""
            INSERT INTO learners (id, channel_id, user_id, display_name, created_at) VALUES
                (1, 'msteams', '29:ada', 'Ada', '2026-11-21 09:00:00+00:00'),
                (2, 'directline', 'bob', 'Bob', '2026-11-21 09:00:00+00:00');
            INSERT INTO attempts (learner_id, channel_id, activity_id, template_id, seed, parameters_json, raw_answer, parsed_value, parsed_unit, verdict, misconception_id, hints_used, response_time_ms, answered_at) VALUES
                (1, 'msteams', 'a1', 'nernst-potassium', 7, '{"insideMm":140,"outsideMm":5}', '=HYPERLINK("x")', NULL, NULL, 'Unparseable', NULL, 0, 4000, '2026-11-21 09:01:00+00:00'),
                (1, 'msteams', 'a2', 'nernst-potassium', 7, '{}', '-90 mV', -90, 'mV', 'Correct', NULL, 1, 9000, '2026-11-21 09:02:00+00:00'),
                (2, 'directline', 'b1', 'ghk-resting', 3, '{}', '+65 mV', 65, 'mV', 'Incorrect', 'sign-flip', 0, 5000, '2026-11-21 09:03:00+00:00');
            INSERT INTO skill_states (learner_id, skill_id, mastery, attempts, correct) VALUES (1, 'nernst', 0.5, 2, 1), (2, 'ghk', 0.2, 1, 0);
            INSERT INTO conversation_states VALUES (1, '{}', 4, '2026-11-21 09:02:00+00:00');
            """);
        return this;
    }

    public void Execute(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public long Count(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Closes the pooled connections to this file only; clearing every pool would break tests running alongside.</summary>
    public void ClearPool()
    {
        using var connection = new SqliteConnection(ElectroTutor.Data.Connection.TutorDatabase.FromConnectionString(Path).ConnectionString);
        SqliteConnection.ClearPool(connection);
    }

    public void Dispose()
    {
        ClearPool();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
