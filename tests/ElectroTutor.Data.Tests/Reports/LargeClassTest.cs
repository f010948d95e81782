using System.Data.Common;
using System.Diagnostics;
using ElectroTutor.Data.Reports;
using Xunit.Abstractions;

namespace ElectroTutor.Data.Tests.Reports;

/// <summary>
/// A realistically sized class — 1,000 students, 500,000 attempts over 50 templates, 30 skills each — bulk-inserted in
/// one transaction; the report must account for every row. The build time is written to the test output, not asserted.
/// </summary>
public sealed class LargeClassTest(ITestOutputHelper output)
{
    private const int Students = 1_000;
    private const int AttemptsPerStudent = 500;
    private const int Templates = 50;
    private const int Skills = 30;

    [Fact]
    public async Task A_class_of_a_thousand_students_and_half_a_million_attempts_is_fully_accounted_for()
    {
        using var temp = TempDatabase.Migrated();
        var code = Seed(temp);
        var skills = Tutoring.Skills.SkillGraph.TryCreate(
            [.. Enumerable.Range(0, Skills).Select(s => new Tutoring.Skills.Skill($"s{s}", $"Skill {s}", "", []))], out _)!;

        var watch = Stopwatch.StartNew();
        var report = await new ClassReportBuilder(temp.Database, new ReportClock(SmallClass.Now), ClassReportThresholds.Default)
            .BuildAsync(code, skills, SmallClass.Misconceptions, from: null, to: null);
        output.WriteLine($"Built the report of {Students} students and {Students * AttemptsPerStudent} attempts in {watch.ElapsedMilliseconds} ms.");

        Assert.NotNull(report);
        Assert.Equal(Students, report.Students.Count);
        Assert.Equal(Students * AttemptsPerStudent, report.Students.Sum(s => s.Attempts));
        Assert.Equal(Students * AttemptsPerStudent, report.Items.Sum(i => i.Attempts));
        Assert.Equal(Templates, report.Items.Count);
        Assert.All(report.Items, i => Assert.Equal(Students, i.Learners));
        Assert.All(report.Skills, s => Assert.Equal(Students, s.StudentsStarted));
        Assert.Equal(Students * AttemptsPerStudent / 10, report.Misconceptions.Sum(m => m.Attempts));

        // Stronger students (higher id) answer more first attempts correctly, so every item discriminates positively.
        Assert.All(report.Items, i => Assert.True(i.Discrimination > 0, $"{i.TemplateId}: {i.Discrimination}"));
    }

    private static string Seed(TempDatabase temp)
    {
        var now = SmallClass.Now;
        using DbConnection connection = temp.Database.Open();
        using var transaction = connection.BeginTransaction();
        string Time(DateTimeOffset t) => (string)ReportQuery.Time(temp.Provider, t);
        Exec(connection, transaction, $"INSERT INTO instructors (login_name, api_token_hash, created_at) VALUES ('grace', 'x', '{Time(now)}')");
        Exec(connection, transaction, $"INSERT INTO classes (name, join_code, instructor_id, created_at) VALUES ('Large', 'LARGE2', 1, '{Time(now)}')");

        using var learner = Prepare(connection, transaction, "INSERT INTO learners (id, channel_id, user_id, display_name, created_at) VALUES (@a, 'webchat', @b, @b, @c)");
        using var enrol = Prepare(connection, transaction, "INSERT INTO enrollments (class_id, learner_id, enrolled_at) VALUES (1, @a, @c)");
        using var state = Prepare(connection, transaction, "INSERT INTO skill_states (learner_id, skill_id, mastery, last_practiced_at, next_review_at) VALUES (@a, @b, @d, @c, @c)");
        using var attempt = Prepare(connection, transaction,
            "INSERT INTO attempts (learner_id, channel_id, template_id, seed, raw_answer, verdict, misconception_id, hints_used, answered_at) VALUES (@a, 'webchat', @b, 0, @e, @f, @g, @h, @c)");
        for (var id = 1; id <= Students; id++)
        {
            var ability = id / (double)Students;
            Run(learner, id, $"student {id}", Time(now.AddDays(-30)));
            Run(enrol, id, null, Time(now.AddDays(-30)));
            for (var s = 0; s < Skills; s++)
            {
                Run(state, id, $"s{s}", Time(now.AddHours(s - 15)), d: ability);
            }

            for (var n = 0; n < AttemptsPerStudent; n++)
            {
                var correct = ((n + 1) * 7919 % 1000) < ability * 1000;
                var misconception = n % 10 == 0 ? "sign-flip" : null;
                Run(attempt, id, $"t{n % Templates}", Time(now.AddMinutes(n - AttemptsPerStudent - id)),
                    e: correct ? "-65 mV" : $"{n % 7} mV", f: correct ? "Correct" : "Incorrect", g: misconception, h: n % 3);
            }
        }

        transaction.Commit();
        return "large2";
    }

    private static DbCommand Prepare(DbConnection connection, DbTransaction transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in "abcdefgh")
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@" + name;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    private static void Run(DbCommand command, long a, string? b, string c, double d = 0, string? e = null, string? f = null, string? g = null, int h = 0)
    {
        object?[] values = [a, b, c, d, e, f, g, h];
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        command.ExecuteNonQuery();
    }

    private static void Exec(DbConnection connection, DbTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
