using System.Text.Json;
using ElectroTutor.Cli.Tests.Database;

namespace ElectroTutor.Cli.Tests.Export;

public sealed class ExportAttemptsCommandTest
{
    [Fact]
    public void Csv_has_one_row_per_attempt_and_defuses_formulas()
    {
        using var db = new TempDatabaseFile().Seeded();

        var run = CliRun.Of("export", "attempts", "--format", "csv", "--database", db.Path);

        Assert.Equal(0, run.ExitCode);
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(4, lines.Length);
        Assert.StartsWith("Transaction Id,Anon Student Id,Channel,Activity Id,Time,Problem Name", lines[0], StringComparison.Ordinal);
        Assert.Contains("\"'=HYPERLINK(\"\"x\"\")\"", lines[1], StringComparison.Ordinal);
        Assert.Contains(",'-90 mV,-90,mV,CORRECT,Correct,", lines[2], StringComparison.Ordinal);
        Assert.Contains("2026-11-21T09:03:00.000Z", lines[3], StringComparison.Ordinal);
    }

    [Fact]
    public void Json_is_an_array_of_attempts()
    {
        using var db = new TempDatabaseFile().Seeded();
        var file = Path.Combine(db.Folder, "attempts.json");

        var run = CliRun.Of("export", "attempts", "--format", "json", "--output", file, "--database", db.Path);

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(File.ReadAllText(file));
        Assert.Equal(3, json.RootElement.GetArrayLength());
        Assert.Equal("sign-flip", json.RootElement[2].GetProperty("misconceptionId").GetString());
        Assert.Equal(-90, json.RootElement[1].GetProperty("parsedValue").GetDouble());
    }

    [Fact]
    public void An_empty_database_exports_an_empty_json_array()
    {
        using var db = new TempDatabaseFile();
        Assert.Equal(0, CliRun.Of("db", "migrate", "--database", db.Path).ExitCode);

        var run = CliRun.Of("export", "attempts", "--format", "json", "--database", db.Path);

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal(0, json.RootElement.GetArrayLength());
    }
}
