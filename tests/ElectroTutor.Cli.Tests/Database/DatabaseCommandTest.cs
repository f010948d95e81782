using System.Text.Json;
using ElectroTutor.Data.Migrations;

namespace ElectroTutor.Cli.Tests.Database;

public sealed class DatabaseCommandTest
{
    [Fact]
    public void Info_on_a_missing_file_says_so_and_creates_nothing()
    {
        using var db = new TempDatabaseFile();

        var run = CliRun.Of("db", "info", "--database", db.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("does not exist yet", run.Output, StringComparison.Ordinal);
        Assert.False(File.Exists(db.Path));
    }

    [Fact]
    public void Migrate_creates_the_schema_then_has_nothing_to_do()
    {
        using var db = new TempDatabaseFile();

        var first = CliRun.Of("db", "migrate", "--database", db.Path);
        var second = CliRun.Of("db", "migrate", "--database", db.Path);

        Assert.Equal(0, first.ExitCode);
        Assert.Contains($"Database: {db.Path}", first.Output, StringComparison.Ordinal);
        Assert.Contains("Applied schema version 1", first.Output, StringComparison.Ordinal);
        Assert.Contains($"Now at schema version {SchemaMigrations.Latest}", first.Output, StringComparison.Ordinal);
        Assert.Contains("nothing to do", second.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Info_as_json_gives_version_and_row_counts()
    {
        using var db = new TempDatabaseFile().Seeded();

        var run = CliRun.Of("db", "info", "--json", "--database", db.Path);

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal(SchemaMigrations.Latest, json.RootElement.GetProperty("schemaVersion").GetInt32());
        Assert.Equal("wal", json.RootElement.GetProperty("journalMode").GetString());
        Assert.Equal(3, json.RootElement.GetProperty("rows").GetProperty("attempts").GetInt64());
    }

    [Fact]
    public void A_database_from_a_newer_build_exits_1_with_a_clear_message()
    {
        using var db = new TempDatabaseFile().Seeded();
        db.Execute("INSERT INTO schema_versions VALUES (99, 'future', '2030-01-01T00:00:00Z');");

        var migrate = CliRun.Of("db", "migrate", "--database", db.Path);
        var export = CliRun.Of("export", "attempts", "--database", db.Path);
        var info = CliRun.Of("db", "info", "--database", db.Path);

        Assert.Equal(1, migrate.ExitCode);
        Assert.Contains("newer than this build knows", migrate.Error, StringComparison.Ordinal);
        Assert.Equal(1, export.ExitCode);
        Assert.Contains("newer than this build knows", export.Error, StringComparison.Ordinal);
        Assert.Equal(0, info.ExitCode);
        Assert.Contains($"Schema version: 99, newer than this build knows ({SchemaMigrations.Latest})", info.Output, StringComparison.Ordinal);
        Assert.Equal(3, db.Count("SELECT count(*) FROM attempts"));
    }

    [Fact]
    public void Backup_writes_a_usable_copy_and_refuses_to_overwrite()
    {
        using var db = new TempDatabaseFile().Seeded();
        var copy = Path.Combine(db.Folder, "copy.db");

        var run = CliRun.Of("db", "backup", copy, "--database", db.Path);
        var again = CliRun.Of("db", "backup", copy, "--database", db.Path);
        var info = CliRun.Of("db", "info", "--json", "--database", copy);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("already exists", again.Error, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(info.Output);
        Assert.Equal(3, json.RootElement.GetProperty("rows").GetProperty("attempts").GetInt64());
    }
}
