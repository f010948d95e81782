using System.Text.Json;
using ElectroTutor.Cli.Tests.Database;
using ElectroTutor.Data.Connection;
using ElectroTutor.Data.Stores;
using ElectroTutor.Tutoring.Answers;
using ElectroTutor.Tutoring.Storage;

namespace ElectroTutor.Cli.Tests.Reports;

public sealed class ReportCommandTest
{
    private const string Hostile = "<script>alert(1)</script>";
    private const string Formula = "=HYPERLINK(\"http://evil.example\")";

    [Fact]
    public async Task Html_shows_the_class_with_student_names_as_text()
    {
        using var db = new TempDatabaseFile();
        var code = await Seed(db);

        var run = CliRun.Of("report", "--class", code.ToLowerInvariant(), "--format", "html", "--database", db.Path);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.StartsWith("<!DOCTYPE html>", run.Output, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", run.Output, StringComparison.Ordinal);
        Assert.Contains("Resting membrane potential", run.Output, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Csv_gives_mastery_per_student_and_skill_with_formulas_neutralised()
    {
        using var db = new TempDatabaseFile();
        var code = await Seed(db);

        var run = CliRun.Of("report", "--class", code, "--database", db.Path);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.StartsWith("learner_id,student,skill_id,skill,mastery,", run.Output, StringComparison.Ordinal);
        Assert.Contains(",\"'=HYPERLINK(\"\"http://evil.example\"\")\",resting-potential,", run.Output, StringComparison.Ordinal);
        Assert.Matches(@"\n2,.*,resting-potential,[^,]*,0\.3,2,1,", run.Output);
    }

    [Fact]
    public async Task Items_go_to_a_file_with_wrong_answers_neutralised()
    {
        using var db = new TempDatabaseFile();
        var code = await Seed(db);
        var file = Path.Combine(db.Folder, "items.csv");

        var run = CliRun.Of("report", "--class", code, "--items", "--out", file, "--database", db.Path);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("Wrote the report of Physiology", run.Error, StringComparison.Ordinal);
        var text = await File.ReadAllTextAsync(file);
        Assert.StartsWith("template_id,attempts,learners,facility,discrimination,", text, StringComparison.Ordinal);
        Assert.Contains("nernst-potassium,3,2,0.5,,", text, StringComparison.Ordinal);
        Assert.Contains(",'+1+1,1,", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_counts_only_the_period_asked_for()
    {
        using var db = new TempDatabaseFile();
        var code = await Seed(db);

        var all = CliRun.Of("report", "--class", code, "--format", "json", "--database", db.Path);
        var later = CliRun.Of("report", "--class", code, "--format", "json", "--from", "2026-11-20T12:00", "--to", "2026-11-21", "--database", db.Path);

        Assert.True(all.ExitCode == 0, all.Error);
        Assert.True(later.ExitCode == 0, later.Error);
        using var allJson = JsonDocument.Parse(all.Output);
        using var laterJson = JsonDocument.Parse(later.Output);
        Assert.Equal(3, allJson.RootElement.GetProperty("items")[0].GetProperty("attempts").GetInt32());
        Assert.Equal(1, laterJson.RootElement.GetProperty("items")[0].GetProperty("attempts").GetInt32());
        Assert.Equal("2026-11-22T00:00:00+00:00", laterJson.RootElement.GetProperty("to").GetString());
    }

    [Fact]
    public async Task An_unknown_class_a_bad_date_and_an_unknown_format_are_explained()
    {
        using var db = new TempDatabaseFile();
        var code = await Seed(db);

        var unknown = CliRun.Of("report", "--class", "ZZZZZZ", "--database", db.Path);
        var badDate = CliRun.Of("report", "--class", code, "--from", "last tuesday", "--database", db.Path);
        var reversed = CliRun.Of("report", "--class", code, "--from", "2026-11-21", "--to", "2026-11-01", "--database", db.Path);
        var badFormat = CliRun.Of("report", "--class", code, "--format", "xlsx", "--database", db.Path);

        Assert.Equal((1, ""), (unknown.ExitCode, unknown.Output));
        Assert.Contains("no class has the join code 'ZZZZZZ'", unknown.Error, StringComparison.Ordinal);
        Assert.Equal(2, badDate.ExitCode);
        Assert.Contains("'last tuesday' is not a date", badDate.Error, StringComparison.Ordinal);
        Assert.Equal(2, reversed.ExitCode);
        Assert.Contains("must be before --to", reversed.Error, StringComparison.Ordinal);
        Assert.Equal(2, badFormat.ExitCode);
        Assert.Contains("xlsx", badFormat.Error, StringComparison.Ordinal);
    }

    /// <summary>A class of two through the real stores: a formula-named and a script-named student, three attempts.</summary>
    private static async Task<string> Seed(TempDatabaseFile db)
    {
        var migrate = CliRun.Of("db", "migrate", "--database", db.Path);
        Assert.True(migrate.ExitCode == 0, migrate.Error);
        var database = TutorDatabase.FromConnectionString(db.Path);
        var noon = new DateTimeOffset(2026, 11, 21, 12, 0, 0, TimeSpan.Zero);
        var instructors = new InstructorStore(database, TimeProvider.System);
        var grace = (await instructors.CreateAsync("grace", password: null, withApiToken: true).ConfigureAwait(false))!.Instructor;
        var physiology = await instructors.CreateClassAsync(grace.Id, "Physiology").ConfigureAwait(false);
        var learners = new LearnerStore(database);
        var attempts = new AttemptStore(database);
        var states = new SkillStateStore(database);
        var formula = await learners.GetOrCreateAsync(new LearnerKey("webchat", "f"), Formula, noon).ConfigureAwait(false);
        var hostile = await learners.GetOrCreateAsync(new LearnerKey("webchat", "h"), Hostile, noon).ConfigureAwait(false);
        foreach (var learner in new[] { formula, hostile })
        {
            await new ClassStore(database).EnrollAsync(learner.Id, physiology.Id, noon).ConfigureAwait(false);
        }

        Task Answer(long learner, string answer, AnswerVerdict verdict, DateTimeOffset at) => attempts.RecordAsync(new AttemptRecord
        {
            LearnerId = learner, ChannelId = "webchat", TemplateId = "nernst-potassium", Seed = 1, RawAnswer = answer, Verdict = verdict,
            MisconceptionId = verdict == AnswerVerdict.Correct ? null : "sign-error", AnsweredAt = at,
        });
        await Answer(formula.Id, "-90 mV", AnswerVerdict.Correct, noon.AddDays(-5)).ConfigureAwait(false);
        await Answer(hostile.Id, "+1+1", AnswerVerdict.Incorrect, noon.AddDays(-4)).ConfigureAwait(false);
        await Answer(hostile.Id, "-90 mV", AnswerVerdict.Correct, noon.AddHours(-1)).ConfigureAwait(false);
        await states.SaveAsync(new SkillStateRecord(formula.Id, "resting-potential", 0.8, 1, 1, noon, null)).ConfigureAwait(false);
        await states.SaveAsync(new SkillStateRecord(hostile.Id, "resting-potential", 0.3, 2, 1, noon, noon.AddDays(-1))).ConfigureAwait(false);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        return physiology.JoinCode;
    }
}
