using ElectroTutor.Cli.Export;

namespace ElectroTutor.Cli.Tests.Export;

public sealed class CsvCellTest
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+65 mV", "'+65 mV")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData(null, "")]
    public void Text_cells_are_quoted_and_defused(string? value, string expected) =>
        Assert.Equal(expected, CsvCell.Text(value));
}
