using System.Globalization;
using System.Text;
using ElectroTutor.Data.Reports;

namespace ElectroTutor.Server.Instructors;

/// <summary>
/// A class report as a download: <c>format=json</c> (the whole report, <see cref="ClassReportJson"/>) or
/// <c>format=csv</c> with <c>table=mastery</c> (default) or <c>table=items</c> (<see cref="ClassReportCsv"/>, with
/// student-typed text neutralised against formula injection).
/// </summary>
/// <param name="Format"><c>json</c> or <c>csv</c>.</param>
/// <param name="Table"><c>mastery</c> or <c>items</c> (CSV only).</param>
internal sealed record ReportExport(string Format, string Table)
{
    /// <summary>Reads <c>format</c> (default json) and <c>table</c> (default mastery); null with a message when invalid.</summary>
    public static ReportExport? Parse(string? format, string? table, out string? problem)
    {
        problem = null;
        var chosenFormat = string.IsNullOrEmpty(format) ? "json" : format.Trim().ToLowerInvariant();
        var chosenTable = string.IsNullOrEmpty(table) ? "mastery" : table.Trim().ToLowerInvariant();
        if (chosenFormat is not ("json" or "csv"))
        {
            problem = $"Unknown format '{format}': use format=csv or format=json.";
            return null;
        }

        if (chosenTable is not ("mastery" or "items"))
        {
            problem = $"Unknown table '{table}': use table=mastery or table=items (CSV only; JSON holds both).";
            return null;
        }

        return new ReportExport(chosenFormat, chosenTable);
    }

    /// <summary>What the download needs computed: the mastery table needs progress only, the items table the item analysis, JSON everything.</summary>
    public ClassReportScope Scope => (Format, Table) switch
    {
        ("csv", "items") => ClassReportScope.ItemAnalysis,
        ("csv", _) => ClassReportScope.Progress,
        _ => ClassReportScope.Full,
    };

    /// <summary>The report as a file download.</summary>
    public IResult Result(ClassReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var code = report.JoinCode.ToLowerInvariant();
        if (Format == "json")
        {
            return Results.File(Encoding.UTF8.GetBytes(ClassReportJson.Serialize(report)), "application/json; charset=utf-8", $"{code}-report.json");
        }

        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        if (Table == "items")
        {
            ClassReportCsv.WriteItems(report, writer);
        }
        else
        {
            ClassReportCsv.WriteMastery(report, writer);
        }

        return Results.File(Encoding.UTF8.GetBytes(writer.ToString()), "text/csv; charset=utf-8", $"{code}-{Table}.csv");
    }
}
