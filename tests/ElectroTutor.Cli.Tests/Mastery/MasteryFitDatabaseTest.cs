using System.Globalization;
using System.Text;
using ElectroTutor.Cli.Tests.Database;

namespace ElectroTutor.Cli.Tests.Mastery;

public sealed class MasteryFitDatabaseTest
{
    /// <summary>30 learners: each gets nernst-potassium right and nernst-sodium wrong at the first try, then retries.</summary>
    private static TempDatabaseFile Logged()
    {
        var db = new TempDatabaseFile();
        var migrate = CliRun.Of("db", "migrate", "--database", db.Path);
        Assert.True(migrate.ExitCode == 0, migrate.Error);
        var sql = new StringBuilder();
        for (var learner = 1; learner <= 30; learner++)
        {
            sql.Append(CultureInfo.InvariantCulture, $"INSERT INTO learners (id, channel_id, user_id, display_name, created_at) VALUES ({learner}, 'test', 'u{learner}', 'L', '2026-11-21 09:00:00+00:00');\n");
            Attempt(sql, learner, "nernst-sodium", "Unparseable", 1);
            Attempt(sql, learner, "nernst-potassium", "Correct", 2);
            Attempt(sql, learner, "nernst-sodium", "Incorrect", 3);
            Attempt(sql, learner, "nernst-sodium", "Correct", 4);
            Attempt(sql, learner, "retired-template", "Correct", 5);
        }

        db.Execute(sql.ToString());
        return db;
    }

    private static void Attempt(StringBuilder sql, int learner, string template, string verdict, int minute) =>
        sql.Append(CultureInfo.InvariantCulture, $"""
            INSERT INTO attempts (learner_id, channel_id, activity_id, template_id, seed, parameters_json, raw_answer, parsed_value, parsed_unit, verdict, misconception_id, hints_used, response_time_ms, answered_at)
            VALUES ({learner}, 'test', NULL, '{template}', 7, '{"{}"}', 'x', NULL, NULL, '{verdict}', NULL, 0, 1000, '2026-11-21 09:{minute:00}:00+00:00');

            """);

    [Fact]
    public void Fit_from_the_database_writes_easiness_from_first_tries_only()
    {
        using var db = Logged();
        var file = Path.Combine(db.Folder, "item-easiness.yaml");

        var run = CliRun.Of("mastery", "fit", "--database", db.Path, "--out", file);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("fitted on 60 first tries of 30 learner(s)", run.Error, StringComparison.Ordinal);
        Assert.Contains("Left out 30 first tries at templates no longer in the bank.", run.Error, StringComparison.Ordinal);
        var lines = File.ReadAllLines(file);
        var potassium = Array.IndexOf(lines, "  - template: nernst-potassium");
        var sodium = Array.IndexOf(lines, "  - template: nernst-sodium");
        Assert.True(double.Parse(lines[potassium + 1].Split(':')[1], CultureInfo.InvariantCulture) > 0.5);
        Assert.True(double.Parse(lines[sodium + 1].Split(':')[1], CultureInfo.InvariantCulture) < -0.5);
        Assert.Equal("    attempts: 30", lines[sodium + 2]);
    }

    [Fact]
    public void A_stronger_prior_keeps_the_offsets_nearer_zero()
    {
        using var db = Logged();
        static double Potassium(string yaml)
        {
            var lines = yaml.Split('\n', StringSplitOptions.TrimEntries);
            return double.Parse(lines[Array.IndexOf(lines, "- template: nernst-potassium") + 1].Split(':')[1], CultureInfo.InvariantCulture);
        }

        var weak = CliRun.Of("mastery", "fit", "--database", db.Path, "--prior", "0.5");
        var strong = CliRun.Of("mastery", "fit", "--database", db.Path, "--prior", "50");
        Assert.True(Potassium(strong.Output) < Potassium(weak.Output), strong.Output);
    }

    [Fact]
    public void An_empty_log_gives_an_empty_file_and_wrong_options_are_refused()
    {
        using var db = new TempDatabaseFile();
        Assert.Equal(0, CliRun.Of("db", "migrate", "--database", db.Path).ExitCode);
        var run = CliRun.Of("mastery", "fit", "--database", db.Path);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("items: []", run.Output, StringComparison.Ordinal);

        Assert.Equal(1, CliRun.Of("mastery", "fit").ExitCode);
        Assert.Equal(1, CliRun.Of("mastery", "fit", "--database", db.Path, "--dataset", db.Folder).ExitCode);
        Assert.Equal(1, CliRun.Of("mastery", "fit", "--database", db.Path, "--prior", "0").ExitCode);
        Assert.Equal(1, CliRun.Of("mastery", "fit", "--database", Path.Combine(db.Folder, "missing.db")).ExitCode);
    }
}
