using ElectroTutor.Data.Reports;
using ElectroTutor.Server.Instructors;

namespace ElectroTutor.Server.Tests.Instructors;

public sealed class ReportExportTests
{
    [Theory]
    [InlineData(null, null, "json", "mastery")]
    [InlineData("CSV", "Items", "csv", "items")]
    [InlineData("csv", "", "csv", "mastery")]
    public void Format_and_table_have_defaults_and_any_case(string? format, string? table, string expectedFormat, string expectedTable)
    {
        var export = ReportExport.Parse(format, table, out var problem);

        Assert.Null(problem);
        Assert.Equal(new ReportExport(expectedFormat, expectedTable), export);
    }

    [Theory]
    [InlineData("xlsx", null, "format=csv or format=json")]
    [InlineData("csv", "answers", "table=mastery or table=items")]
    public void Unknown_values_are_refused_with_what_to_use(string? format, string? table, string expected)
    {
        Assert.Null(ReportExport.Parse(format, table, out var problem));
        Assert.Contains(expected, problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("csv", "mastery", ClassReportScope.Progress)]
    [InlineData("csv", "items", ClassReportScope.ItemAnalysis)]
    [InlineData("json", "mastery", ClassReportScope.Full)]
    public void A_download_computes_only_what_it_contains(string format, string table, ClassReportScope expected)
    {
        Assert.Equal(expected, ReportExport.Parse(format, table, out _)!.Scope);
    }
}
