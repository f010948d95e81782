using ElectroTutor.Data.Reports;
using ElectroTutor.Server.Instructors;

namespace ElectroTutor.Server.Tests.Instructors;

public sealed class ChartSvgTests
{
    [Fact]
    public void Histogram_bins_are_ten_per_cent_wide_with_full_mastery_in_the_last()
    {
        var counts = HistogramSvg.Count([0, 0.05, 0.1, 0.55, 0.999, 1, 1.2, -0.1]);

        Assert.Equal([3, 1, 0, 0, 0, 1, 0, 0, 0, 3], counts);
        Assert.Equal("90–100", HistogramSvg.BinLabel(9));
    }

    [Fact]
    public void Histogram_writes_each_count_as_text()
    {
        var svg = HistogramSvg.Render([0, 2, 0, 0, 0, 0, 0, 0, 0, 7], "<b>Skill</b>").ToString();

        Assert.Contains(">7</text>", svg, StringComparison.Ordinal);
        Assert.Contains(">2</text>", svg, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;Skill&lt;/b&gt;", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Heatmap_cells_carry_their_number_and_a_not_started_dash()
    {
        var students = new[]
        {
            new StudentProgress(1, "<i>Ada</i>", 1, 1, null, 0.5, 0, new Dictionary<string, double>(StringComparer.Ordinal) { ["s1"] = 0.874 }),
        };
        var skills = new[] { new SkillSummary("s1", "One", 1, 0.874, 0, 0, 0), new SkillSummary("s2", "Two", 0, null, 0, 0, 0) };

        var svg = HeatmapSvg.Render(students, skills, id => $"/s/{id}", id => $"/k/{id}").ToString();

        Assert.Contains(">87</text>", svg, StringComparison.Ordinal);
        Assert.Contains(">–</text>", svg, StringComparison.Ordinal);
        Assert.Contains($"fill=\"{MasteryColour.For(0.874)}\"", svg, StringComparison.Ordinal);
        Assert.Contains("&lt;i&gt;Ada&lt;/i&gt;", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("<i>", svg, StringComparison.Ordinal);
        Assert.Contains("href=\"/k/s2\"", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Line_chart_draws_one_line_per_skill_told_apart_by_dash_as_well_as_colour()
    {
        var start = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
        MasteryPoint[] points =
        [
            new(start, "s1", 0.3), new(start.AddHours(1), "s1", 0.6), new(start.AddHours(2), "s2", 0.4),
        ];

        var svg = LineChartSvg.Render(points, id => id == "s1" ? "One" : "Two").ToString();

        Assert.Equal(2, svg.Split("<polyline", StringSplitOptions.None).Length - 1);
        Assert.Contains("stroke-dasharray=\"8 4\"", svg, StringComparison.Ordinal);
        Assert.Contains("1. One — now 60%", svg, StringComparison.Ordinal);
        Assert.Contains("2. Two — now 40%", svg, StringComparison.Ordinal);
    }
}
