using ElectroTutor.Data.Reports;

namespace ElectroTutor.Data.Tests.Reports;

public sealed class ClassReportCsvTest
{
    [Fact]
    public void Mastery_has_a_row_per_student_and_skill_with_names_neutralised_and_numbers_plain()
    {
        var text = Write(ClassReportCsv.WriteMastery);
        var lines = Lines(text);

        Assert.Equal(string.Join(',', ClassReportCsv.MasteryHeader), lines[0]);
        Assert.Equal(1 + (2 * 2), lines.Length);
        Assert.Equal("1,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\",s1,Resting potential,0.25,3,1,2026-11-20T12:00:00Z,true", lines[1]);
        Assert.Equal($"2,{SampleReport.ScriptName},s2,Action potential,,0,0,,false", lines[4]);
        Assert.DoesNotContain(",=", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Items_neutralise_answers_but_keep_negative_numbers_as_numbers()
    {
        var lines = Lines(Write(ClassReportCsv.WriteItems));

        Assert.Equal(string.Join(',', ClassReportCsv.ItemHeader), lines[0]);
        Assert.Equal("t1,3,2,0.5,-0.25,1.5,too-hard;negative-discrimination,'+1+1,2,'-65 mV,1,,", lines[1]);
    }

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+1+1", "'+1+1")]
    [InlineData("-65", "'-65")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tx", "'\tx")]
    [InlineData("\rx", "'\rx")]
    [InlineData("65 mV", "65 mV")]
    [InlineData(null, "")]
    public void Spreadsheet_text_is_prefixed_only_when_it_would_run_as_a_formula(string? text, string expected) =>
        Assert.Equal(expected, SpreadsheetText.Neutralize(text));

    private static string Write(Action<ClassReport, TextWriter> write)
    {
        using var writer = new StringWriter();
        write(SampleReport.Create(), writer);
        return writer.ToString();
    }

    private static string[] Lines(string text) => text.Split(["\r\n", "\n"], StringSplitOptions.RemoveEmptyEntries);
}
