using System.Text.Json;
using ElectroTutor.Cli.Demo;
using ElectroTutor.Cli.Tests.Database;

namespace ElectroTutor.Cli.Tests.Demo;

public sealed class DemoSeedCommandTest
{
    private static readonly string[] SmallClass = ["demo", "seed", "--students", "5", "--days", "3", "--until", "2026-11-20", "--json"];

    [Fact]
    public void A_small_class_is_seeded_through_the_engine_and_shows_in_its_report()
    {
        using var db = new TempDatabaseFile();

        var seed = CliRun.Of([.. SmallClass, "--database", db.Path]);

        Assert.True(seed.ExitCode == 0, seed.Error);
        using var json = JsonDocument.Parse(seed.Output);
        var code = json.RootElement.GetProperty("joinCode").GetString()!;
        Assert.Equal(5, json.RootElement.GetProperty("students").GetInt32());
        var attempts = json.RootElement.GetProperty("attempts").GetInt64();
        Assert.True(attempts > 0, "the students answered nothing");
        Assert.Equal(attempts, db.Count("SELECT count(*) FROM attempts"));
        Assert.Equal(5, db.Count("SELECT count(*) FROM enrollments"));
        Assert.Equal(5, db.Count("SELECT count(*) FROM conversation_states"));
        Assert.True(db.Count("SELECT count(*) FROM skill_states") >= 5, "every student practised at least one skill");
        Assert.True(db.Count("SELECT count(*) FROM attempts WHERE verdict IN ('Correct', 'CorrectWithNote')") > 0, "no right answers");
        Assert.True(db.Count("SELECT count(*) FROM attempts WHERE verdict = 'Incorrect' AND misconception_id IS NOT NULL") > 0, "no typical wrong answers");
        Assert.Equal(0, db.Count("SELECT count(*) FROM attempts WHERE answered_at < '2026-11-17' OR answered_at >= '2026-11-20'"));

        var report = CliRun.Of("report", "--class", code, "--format", "json", "--database", db.Path);
        Assert.True(report.ExitCode == 0, report.Error);
        using var reportJson = JsonDocument.Parse(report.Output);
        var names = reportJson.RootElement.GetProperty("students").EnumerateArray().Select(s => s.GetProperty("displayName").GetString()).ToList();
        Assert.Equal(Enumerable.Range(0, 5).Select(DemoNames.Of).Order(StringComparer.OrdinalIgnoreCase), names);
    }

    [Fact]
    public void The_same_seed_gives_the_same_class_and_another_seed_adds_other_students()
    {
        using var first = new TempDatabaseFile();
        using var second = new TempDatabaseFile();

        var one = CliRun.Of([.. SmallClass, "--seed", "7", "--database", first.Path]);
        var two = CliRun.Of([.. SmallClass, "--seed", "7", "--database", second.Path]);
        var firstAttempts = Attempts(first);
        var again = CliRun.Of([.. SmallClass, "--seed", "7", "--database", first.Path]);
        var more = CliRun.Of([.. SmallClass, "--seed", "8", "--database", first.Path]);

        Assert.True(one.ExitCode == 0 && two.ExitCode == 0, one.Error + two.Error);
        Assert.NotEmpty(firstAttempts);
        Assert.Equal(firstAttempts, Attempts(second));
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("already has the demo students of seed 7", again.Error, StringComparison.Ordinal);
        Assert.True(more.ExitCode == 0, more.Error);
        Assert.Equal(10, first.Count("SELECT count(*) FROM enrollments"));
        Assert.Equal(1, first.Count("SELECT count(*) FROM classes"));
    }

    [Theory]
    [InlineData("--students", "0", "--students needs a number from 1")]
    [InlineData("--days", "-1", "--days needs a number from 1")]
    [InlineData("--until", "someday", "--until:")]
    [InlineData("--instructor", "not a login!", "is not allowed")]
    public void Bad_arguments_are_refused_before_anything_is_written(string option, string value, string expected)
    {
        using var db = new TempDatabaseFile();
        var arguments = new List<string> { "demo", "seed", "--students", "2", "--days", "2", "--database", db.Path };
        var at = arguments.IndexOf(option);
        if (at >= 0)
        {
            arguments[at + 1] = value;
        }
        else
        {
            arguments.AddRange([option, value]);
        }

        var run = CliRun.Of([.. arguments]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(expected, run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(db.Path));
    }

    [Fact]
    public void A_database_path_that_cannot_be_written_is_refused()
    {
        using var db = new TempDatabaseFile();
        var blocker = Path.Combine(db.Folder, "a-file");
        File.WriteAllText(blocker, "not a folder");

        var run = CliRun.Of("demo", "seed", "--students", "2", "--days", "2", "--database", Path.Combine(blocker, "tutor.db"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("cannot write the database", run.Error, StringComparison.Ordinal);
    }

    private static List<string> Attempts(TempDatabaseFile db)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db.Path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT l.display_name, a.template_id, a.seed, a.raw_answer, a.verdict, a.hints_used, a.answered_at
            FROM attempts a JOIN learners l ON l.id = a.learner_id ORDER BY a.id
            """;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(string.Join('|', Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
        }

        return rows;
    }
}
