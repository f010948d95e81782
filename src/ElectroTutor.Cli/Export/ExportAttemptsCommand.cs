using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using ElectroTutor.Cli.Database;
using ElectroTutor.Cli.Output;
using ElectroTutor.Data.Operations;

namespace ElectroTutor.Cli.Export;

/// <summary>
/// <c>electrotutor export attempts --format csv|json</c>: one row per attempt with DataShop-style columns, to standard
/// output or <c>--output FILE</c>.
/// </summary>
internal static class ExportAttemptsCommand
{
    private static readonly string[] Header =
    [
        "Transaction Id", "Anon Student Id", "Channel", "Activity Id", "Time", "Problem Name", "Seed", "Parameters",
        "Input", "Parsed Value", "Parsed Unit", "Outcome", "Verdict", "Misconception", "Hints", "Duration (ms)",
    ];

    public static Command Create(TextWriter output, TextWriter error)
    {
        var database = DatabaseOptions.Database();
        var format = new Option<string>("--format") { Description = "csv or json (default csv).", DefaultValueFactory = _ => "csv" };
        format.AcceptOnlyFromAmong("csv", "json");
        var file = new Option<string>("--output") { Description = "Write to this file instead of standard output." };
        var command = new Command("attempts", "Every attempt, oldest first, one row each.") { database, format, file };
        command.SetAction((parse, cancellationToken) => DatabaseOptions.Guard("export attempts", error, parse, database, async source =>
        {
            DatabaseOptions.RequireCurrent(source);
            var rows = AttemptExport.ReadAsync(source, cancellationToken);
            var path = parse.GetValue(file);
            var writer = path is null ? output : new StreamWriter(path, append: false, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            int count;
            try
            {
                count = parse.GetValue(format) == "json"
                    ? await WriteJsonAsync(writer, rows).ConfigureAwait(false)
                    : await WriteCsvAsync(writer, rows).ConfigureAwait(false);
            }
            finally
            {
                if (path is not null)
                {
                    await writer.DisposeAsync().ConfigureAwait(false);
                }
            }

            if (path is not null)
            {
                await error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Wrote {count} attempt(s) to {Path.GetFullPath(path)}.")).ConfigureAwait(false);
            }

            return 0;
        }));
        return command;
    }

    /// <summary>A JSON array written one attempt at a time.</summary>
    private static async Task<int> WriteJsonAsync(TextWriter writer, IAsyncEnumerable<AttemptExportRow> rows)
    {
        var count = 0;
        await writer.WriteAsync('[').ConfigureAwait(false);
        await foreach (var row in rows.ConfigureAwait(false))
        {
            await writer.WriteAsync(count++ == 0 ? "\n" : ",\n").ConfigureAwait(false);
            await writer.WriteAsync(JsonSerializer.Serialize(row, Json.Options)).ConfigureAwait(false);
        }

        await writer.WriteLineAsync(count == 0 ? "]" : "\n]").ConfigureAwait(false);
        return count;
    }

    private static async Task<int> WriteCsvAsync(TextWriter writer, IAsyncEnumerable<AttemptExportRow> rows)
    {
        var count = 0;
        await writer.WriteLineAsync(string.Join(',', Header.Select(CsvCell.Text))).ConfigureAwait(false);
        await foreach (var row in rows.ConfigureAwait(false))
        {
            count++;
            string[] cells =
            [
                CsvCell.Number(row.TransactionId),
                CsvCell.Number(row.AnonStudentId),
                CsvCell.Text(row.ChannelId),
                CsvCell.Text(row.ActivityId),
                row.Time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
                CsvCell.Text(row.ProblemName),
                CsvCell.Number(row.Seed),
                CsvCell.Text(row.ParametersJson),
                CsvCell.Text(row.Input),
                CsvCell.Number(row.ParsedValue),
                CsvCell.Text(row.ParsedUnit),
                Outcome(row.Outcome),
                CsvCell.Text(row.Outcome),
                CsvCell.Text(row.MisconceptionId),
                CsvCell.Number(row.HintsUsed),
                CsvCell.Number(row.DurationMs),
            ];
            await writer.WriteLineAsync(string.Join(',', cells)).ConfigureAwait(false);
        }

        return count;
    }

    /// <summary>DataShop's outcome vocabulary; the tutor's finer verdict is kept in its own column.</summary>
    private static string Outcome(string verdict) => verdict is "Correct" or "CorrectWithNote" ? "CORRECT" : "INCORRECT";
}
