using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using ElectroTutor.Cli.Output;
using ElectroTutor.Data.Connection;
using ElectroTutor.Data.Operations;

namespace ElectroTutor.Cli.Database;

/// <summary><c>electrotutor db info</c>: the file (or PostgreSQL database), its schema version against this build's, and rows per table. Changes nothing.</summary>
internal static class DatabaseInfoCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var database = DatabaseOptions.Database();
        var json = DatabaseOptions.Json();
        var command = new Command("info", "Show where the database is, its schema version and how many rows each table holds.") { database, json };
        command.SetAction((parse, _) => DatabaseOptions.Guard("db info", error, parse, database, target =>
        {
            var summary = DatabaseSummary.Read(target);
            if (parse.GetValue(json))
            {
                output.WriteLine(ToJson(summary).ToJsonString(Json.Options));
            }
            else
            {
                Print(output, summary);
            }

            return Task.FromResult(0);
        }));
        return command;
    }

    private static JsonObject ToJson(DatabaseSummary summary)
    {
        var counts = new JsonObject();
        foreach (var (table, rows) in summary.RowCounts)
        {
            counts[table] = rows;
        }

        return new JsonObject
        {
            ["database"] = summary.Location,
            ["provider"] = summary.Provider.ToString(),
            ["exists"] = summary.Exists,
            ["sizeBytes"] = summary.SizeBytes,
            ["journalMode"] = summary.JournalMode,
            ["schemaVersion"] = summary.Schema?.CurrentVersion,
            ["latestSchemaVersion"] = summary.Schema?.LatestVersion,
            ["pendingMigrations"] = summary.Schema?.Pending,
            ["rows"] = counts,
        };
    }

    private static void Print(TextWriter output, DatabaseSummary summary)
    {
        output.WriteLine($"Database: {summary.Location}");
        if (!summary.Exists || summary.Schema is not { } schema)
        {
            output.WriteLine("It does not exist yet; 'electrotutor db migrate' creates it.");
            return;
        }

        output.WriteLine(summary.Provider == DatabaseProvider.Postgres
            ? string.Create(CultureInfo.InvariantCulture, $"Size: {summary.SizeBytes} bytes (PostgreSQL)")
            : string.Create(CultureInfo.InvariantCulture, $"Size: {summary.SizeBytes} bytes (journal mode {summary.JournalMode})"));
        output.WriteLine(schema switch
        {
            { IsFromTheFuture: true } => $"Schema version: {schema.CurrentVersion}, newer than this build knows ({schema.LatestVersion}); upgrade ElectroTutor before using it",
            { Pending: > 0 } => $"Schema version: {schema.CurrentVersion} of {schema.LatestVersion} ({schema.Pending} pending; run 'electrotutor db migrate')",
            _ => $"Schema version: {schema.CurrentVersion} (current)",
        });
        foreach (var (table, rows) in summary.RowCounts)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {table,-20} {rows,8}"));
        }
    }
}
