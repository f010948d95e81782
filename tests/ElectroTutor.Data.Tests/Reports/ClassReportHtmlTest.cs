using ElectroTutor.Data.Reports;

namespace ElectroTutor.Data.Tests.Reports;

public sealed class ClassReportHtmlTest
{
    [Fact]
    public void Student_typed_text_is_shown_as_text_never_as_markup()
    {
        var html = ClassReportHtml.Render(SampleReport.Create());

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("Physiology &lt;101&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_heatmap_shows_colour_and_number_with_a_legend_and_the_other_sections()
    {
        var html = ClassReportHtml.Render(SampleReport.Create());

        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains($"<td class=\"n\" style=\"background:{MasteryColour.For(0.25)}\">0.25</td>", html, StringComparison.Ordinal);
        Assert.Contains($"style=\"background:{MasteryColour.NotStarted}\">–</td>", html, StringComparison.Ordinal);
        Assert.Contains("Legend", html, StringComparison.Ordinal);
        Assert.Contains("<th>Class mean</th>", html, StringComparison.Ordinal);
        Assert.Contains("Students needing help", html, StringComparison.Ordinal);
        Assert.Contains("low mastery", html, StringComparison.Ordinal);
        Assert.Contains("Item analysis", html, StringComparison.Ordinal);
        Assert.Contains("too-hard negative-discrimination", html, StringComparison.Ordinal);
        Assert.Contains("Sign flipped", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http", html.Replace("http://evil.example", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Colours_run_from_red_to_green()
    {
        Assert.Equal("hsl(0, 70%, 78%)", MasteryColour.For(0));
        Assert.Equal("hsl(120, 70%, 78%)", MasteryColour.For(1));
        Assert.Equal("hsl(120, 70%, 78%)", MasteryColour.For(1.5));
    }
}
