using System.Text.Json;
using ElectroTutor.Cli.Tests.Database;
using ElectroTutor.Cli.Tests.Instructors;

namespace ElectroTutor.Cli.Tests.Classes;

public sealed class ClassCommandTest
{
    [Fact]
    public void Create_prints_the_join_code_and_list_shows_the_class_with_its_learners()
    {
        using var db = WithInstructors("grace", "ada");

        var create = CliRun.Of("class", "create", "--instructor", "Grace", "--name", "PHYS 201 Tuesday", "--database", db.Path);
        var list = CliRun.Of("class", "list", "--database", db.Path);

        Assert.True(create.ExitCode == 0, create.Error);
        var code = create.Output.Trim().Split("Join code: ")[1];
        Assert.Matches("^[ABCDEFGHJKMNPQRSTUVWXYZ2-9]{6}$", code);
        Assert.Contains("Created class 'PHYS 201 Tuesday' (id 1) for grace.", create.Output, StringComparison.Ordinal);
        Assert.Equal(1, db.Count($"SELECT count(*) FROM classes WHERE join_code = '{code}' AND name = 'PHYS 201 Tuesday'"));
        Assert.Equal(0, list.ExitCode);
        Assert.Matches($@"{code}\s+0\s+grace\s+PHYS 201 Tuesday", list.Output);
    }

    [Fact]
    public void List_for_one_instructor_shows_only_theirs_and_as_json_gives_the_counts()
    {
        using var db = WithInstructors("grace", "ada");
        CliRun.Of("class", "create", "--instructor", "grace", "--name", "Physiology", "--database", db.Path);
        CliRun.Of("class", "create", "--instructor", "ada", "--name", "Anatomy", "--database", db.Path);
        db.Execute("""
            INSERT INTO learners (id, channel_id, user_id, display_name, created_at) VALUES (1, 'msteams', 'u1', 'Lin', '2026-11-21 09:00:00+00:00');
            INSERT INTO enrollments (class_id, learner_id, enrolled_at) VALUES (1, 1, '2026-11-21 09:00:00+00:00');
            """);

        var run = CliRun.Of("class", "list", "--instructor", "grace", "--json", "--database", db.Path);

        Assert.True(run.ExitCode == 0, run.Error);
        using var json = JsonDocument.Parse(run.Output);
        var only = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal("Physiology", only.GetProperty("name").GetString());
        Assert.Equal("grace", only.GetProperty("instructor").GetString());
        Assert.Equal(1, only.GetProperty("learners").GetInt32());
        Assert.Equal(6, only.GetProperty("joinCode").GetString()?.Length);
    }

    [Fact]
    public void An_unknown_instructor_exits_1_and_creates_nothing()
    {
        using var db = WithInstructors("grace");

        var create = CliRun.Of("class", "create", "--instructor", "nobody", "--name", "Physiology", "--database", db.Path);
        var list = CliRun.Of("class", "list", "--instructor", "nobody", "--database", db.Path);

        Assert.Equal(1, create.ExitCode);
        Assert.Contains("no instructor 'nobody'", create.Error, StringComparison.Ordinal);
        Assert.Equal(1, list.ExitCode);
        Assert.Equal(0, db.Count("SELECT count(*) FROM classes"));
    }

    [Fact]
    public void Create_without_a_name_is_a_usage_error_and_a_blank_name_is_refused()
    {
        using var db = WithInstructors("grace");

        var missing = CliRun.Of("class", "create", "--instructor", "grace", "--database", db.Path);
        var blank = CliRun.Of("class", "create", "--instructor", "grace", "--name", "  ", "--database", db.Path);

        Assert.Equal(ElectroTutorCommand.UsageError, missing.ExitCode);
        Assert.Equal(1, blank.ExitCode);
        Assert.Contains("a class name needs", blank.Error, StringComparison.Ordinal);
        Assert.Equal(0, db.Count("SELECT count(*) FROM classes"));
    }

    [Fact]
    public void An_empty_list_says_how_to_create_a_class()
    {
        using var db = InstructorAddCommandTest.Migrated();

        var run = CliRun.Of("class", "list", "--database", db.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("No classes yet", run.Output, StringComparison.Ordinal);
    }

    private static TempDatabaseFile WithInstructors(params string[] logins)
    {
        var db = InstructorAddCommandTest.Migrated();
        foreach (var login in logins)
        {
            var run = CliRun.Of("instructor", "add", login, "--token", "--database", db.Path);
            Assert.True(run.ExitCode == 0, run.Error);
        }

        return db;
    }
}
