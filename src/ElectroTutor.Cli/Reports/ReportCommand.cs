using System.CommandLine;
using System.Globalization;
using System.Text;
using ElectroTutor.Cli.Database;
using ElectroTutor.Data.Content;
using ElectroTutor.Data.Reports;

namespace ElectroTutor.Cli.Reports;

/// <summary>
/// <c>electrotutor report --class CODE [--format csv|json|html] [--items] [--from DATE] [--to DATE] [--out FILE]</c>:
/// a class's report for its instructor. CSV gives mastery per student × skill, or with <c>--items</c> the item
/// analysis; JSON and HTML give the whole report.
/// </summary>
internal static class ReportCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var database = DatabaseOptions.Database();
        var code = new Option<string>("--class") { Description = "The class's join code.", Required = true };
        var format = new Option<string>("--format") { Description = "csv, json or html (default csv).", DefaultValueFactory = _ => "csv" };
        format.AcceptOnlyFromAmong("csv", "json", "html");
        var items = new Option<bool>("--items") { Description = "CSV only: the item analysis per question template instead of mastery per student and skill." };
        var from = new Option<string>("--from") { Description = "Count attempts from this date (YYYY-MM-DD or YYYY-MM-DDTHH:MM, UTC)." };
        var to = new Option<string>("--to") { Description = "Count attempts up to this date; a bare date includes that whole day." };
        var file = new Option<string>("--out") { Description = "Write to this file instead of standard output." };
        var data = new Option<string>("--data") { Description = "The bank folder with skills.yaml (default: the data/ folder found above the current directory)." };
        var command = new Command("report", "A class's report: mastery, students needing help, due reviews, misconceptions and item analysis.")
        {
            code, format, items, from, to, file, database, data,
        };
        command.SetAction((parse, cancellationToken) => DatabaseOptions.Guard("report", error, parse, database, async target =>
        {
            var period = await Period(error, parse.GetValue(from), parse.GetValue(to)).ConfigureAwait(false);
            if (period is not { } bounds)
            {
                return ElectroTutorCommand.UsageError;
            }

            var folder = BankFolder.Find(parse.GetValue(data));
            var loaded = folder is null ? null : BankFolder.Load(folder);
            if (loaded?.Bank is not { } bank)
            {
                var why = loaded is null ? "no data/ folder with skills.yaml was found; pass --data DIR." : string.Join(Environment.NewLine, loaded.Errors);
                await error.WriteLineAsync($"electrotutor report: cannot load the question bank: {why}").ConfigureAwait(false);
                return ElectroTutorCommand.InputError;
            }

            DatabaseOptions.RequireCurrent(target);
            var joinCode = parse.GetValue(code)!;
            var chosenFormat = parse.GetValue(format)!;
            var withItems = parse.GetValue(items);
            var scope = chosenFormat == "csv" ? (withItems ? ClassReportScope.ItemAnalysis : ClassReportScope.Progress) : ClassReportScope.Full;
            var report = await new ClassReportBuilder(target).BuildAsync(joinCode, bank.Skills, bank.Misconceptions, bounds.From, bounds.To, scope, cancellationToken).ConfigureAwait(false);
            if (report is null)
            {
                await error.WriteLineAsync($"electrotutor report: no class has the join code '{joinCode.Trim()}' in {target.Location}; 'electrotutor class list' shows the codes.").ConfigureAwait(false);
                return ElectroTutorCommand.InputError;
            }

            var text = Render(report, chosenFormat, withItems);
            if (parse.GetValue(file) is { } path)
            {
                await File.WriteAllTextAsync(path, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), cancellationToken).ConfigureAwait(false);
                await error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Wrote the report of {report.ClassName} ({report.Students.Count} student(s)) to {Path.GetFullPath(path)}.")).ConfigureAwait(false);
            }
            else
            {
                await output.WriteAsync(text).ConfigureAwait(false);
            }

            return 0;
        }));
        return command;
    }

    private static string Render(ClassReport report, string format, bool items)
    {
        switch (format)
        {
            case "json":
                return ClassReportJson.Serialize(report) + "\n";
            case "html":
                return ClassReportHtml.Render(report);
            default:
                using (var writer = new StringWriter(CultureInfo.InvariantCulture))
                {
                    if (items)
                    {
                        ClassReportCsv.WriteItems(report, writer);
                    }
                    else
                    {
                        ClassReportCsv.WriteMastery(report, writer);
                    }

                    return writer.ToString();
                }
        }
    }

    private static async Task<(DateTimeOffset? From, DateTimeOffset? To)?> Period(TextWriter error, string? fromText, string? toText)
    {
        DateTimeOffset? from = null;
        DateTimeOffset? to = null;
        string? problem = null;
        if (fromText is not null)
        {
            from = ReportDate.Parse(fromText, isEnd: false, out problem);
        }

        if (problem is null && toText is not null)
        {
            to = ReportDate.Parse(toText, isEnd: true, out problem);
        }

        if (problem is null && from >= to)
        {
            problem = $"--from ({fromText}) must be before --to ({toText}).";
        }

        if (problem is null)
        {
            return (from, to);
        }

        await error.WriteLineAsync($"electrotutor report: {problem}").ConfigureAwait(false);
        return null;
    }
}
