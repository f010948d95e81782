using System.Text;
using System.Text.Json;
using ElectroTutor.Cli.Tests.Database;
using ElectroTutor.Data.Connection;
using ElectroTutor.Data.Stores;
using Microsoft.Data.Sqlite;

namespace ElectroTutor.Cli.Tests.Instructors;

public sealed class InstructorAddCommandTest
{
    private const string Password = "a long enough secret";

    [Fact]
    public async Task A_token_is_printed_once_and_only_its_hash_is_stored()
    {
        using var db = Migrated();

        var run = CliRun.Of("instructor", "add", "Grace", "--token", "--database", db.Path);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains($"Added instructor grace (id 1) to {db.Path}, signing in with an API token.", run.Output, StringComparison.Ordinal);
        var token = run.Output.Split('\n', StringSplitOptions.TrimEntries).Single(line => line.StartsWith("et_", StringComparison.Ordinal));
        Assert.Equal(0, db.Count($"SELECT count(*) FROM instructors WHERE api_token_hash LIKE '%{token}%'"));
        Assert.Equal(1, db.Count("SELECT count(*) FROM instructors WHERE api_token_hash LIKE 'sha256$%' AND password_hash IS NULL"));
        Assert.Equal("grace", (await Store(db).VerifyApiTokenAsync(token))?.LoginName);
        AssertNotInFiles(db, token);
    }

    [Fact]
    public async Task A_password_from_standard_input_is_stored_as_a_pbkdf2_hash()
    {
        using var db = Migrated();

        var run = AddReading(Password + "\n", "add", "grace", "--password-stdin", "--json", "--database", db.Path);

        Assert.True(run.ExitCode == 0, run.Error);
        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal("grace", json.RootElement.GetProperty("login").GetString());
        Assert.True(json.RootElement.GetProperty("hasPassword").GetBoolean());
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("apiToken").ValueKind);
        Assert.Equal(1, db.Count("SELECT count(*) FROM instructors WHERE password_hash LIKE 'pbkdf2-sha256$600000$%' AND api_token_hash IS NULL"));
        Assert.NotNull(await Store(db).VerifyPasswordAsync("grace", Password));
        AssertNotInFiles(db, Password);
    }

    [Fact]
    public void An_existing_login_is_refused_clearly_and_the_first_instructor_kept()
    {
        using var db = Migrated();
        CliRun.Of("instructor", "add", "grace", "--token", "--database", db.Path);

        var again = CliRun.Of("instructor", "add", "GRACE", "--token", "--database", db.Path);

        Assert.Equal(1, again.ExitCode);
        Assert.Contains("an instructor with the login 'grace' already exists", again.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("et_", again.Output, StringComparison.Ordinal);
        Assert.Equal(1, db.Count("SELECT count(*) FROM instructors"));
    }

    [Theory]
    [InlineData("", "grace", "give --password-stdin, --token or both")]
    [InlineData("\n", "grace", "standard input holds no password", "--password-stdin")]
    [InlineData("short\n", "grace", "at least 8 characters", "--password-stdin")]
    [InlineData("", "no spaces please", "is not allowed", "--token")]
    public void Unusable_input_exits_1_with_the_reason_and_adds_no_one(string stdin, string login, string reason, params string[] flags)
    {
        using var db = Migrated();

        var run = AddReading(stdin, ["add", login, .. flags, "--database", db.Path]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(reason, run.Error, StringComparison.Ordinal);
        Assert.Equal(0, db.Count("SELECT count(*) FROM instructors"));
    }

    [Fact]
    public void A_database_that_was_never_created_is_not_created_by_adding_an_instructor()
    {
        using var db = new TempDatabaseFile();

        var run = CliRun.Of("instructor", "add", "grace", "--token", "--database", db.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("electrotutor db migrate", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(db.Path));
    }

    internal static TempDatabaseFile Migrated()
    {
        var db = new TempDatabaseFile();
        var run = CliRun.Of("db", "migrate", "--database", db.Path);
        Assert.True(run.ExitCode == 0, run.Error);
        return db;
    }

    private static InstructorStore Store(TempDatabaseFile db) => new(TutorDatabase.FromConnectionString(db.Path), TimeProvider.System);

    /// <summary>Runs <c>electrotutor instructor …</c> with <paramref name="stdin"/> as standard input.</summary>
    private static CliRun AddReading(string stdin, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var input = new StringReader(stdin);
        var code = ElectroTutorCommand.Run(["instructor", .. args], output, error, input);
        return new CliRun(code, output.ToString(), error.ToString());
    }

    private static void AssertNotInFiles(TempDatabaseFile db, string secret)
    {
        db.ClearPool();
        var bytes = Encoding.UTF8.GetBytes(secret);
        foreach (var file in Directory.GetFiles(db.Folder))
        {
            Assert.Equal(-1, File.ReadAllBytes(file).AsSpan().IndexOf(bytes));
        }
    }
}
