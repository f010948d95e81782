using ElectroTutor.Tutoring.Charts;

namespace ElectroTutor.Tutoring.Tests.Charts;

public class TextChartRendererTest
{
    [Theory]
    [InlineData(40, 8)]
    [InlineData(64, 16)]
    [InlineData(100, 24)]
    public void The_plot_has_exactly_the_requested_cells(int width, int height)
    {
        var plot = PlotRows(TextChartRenderer.Render(ChartSamples.Spike(), width, height));
        Assert.Equal(height, plot.Count);
        Assert.All(plot, row => Assert.Equal(width, row.Length));
    }

    [Fact]
    public void The_peak_is_marked_in_the_plot_and_spelt_out()
    {
        var text = TextChartRenderer.Render(ChartSamples.Spike(), 60, 12);
        var plot = PlotRows(text);
        Assert.Contains(TextChartRenderer.PeakMarker, plot[0]);
        Assert.Single(plot.SelectMany(r => r), TextChartRenderer.PeakMarker);
        Assert.EndsWith("▲ peak 40 mV at 10 ms (Changed)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_first_series_is_braille_and_the_second_bullets()
    {
        var plot = PlotRows(TextChartRenderer.Render(ChartSamples.Spike(), 60, 12));
        Assert.Contains(plot.SelectMany(r => r), c => c is > '\u2800' and <= '\u28FF');
        Assert.Contains(plot.SelectMany(r => r), c => c == '•');
    }

    [Fact]
    public void Axes_carry_tick_labels_captions_and_the_legend()
    {
        var lines = TextChartRenderer.Render(ChartSamples.Spike(), 60, 12).Split('\n');
        Assert.Equal("Membrane potential", lines[0]);
        Assert.Equal("Membrane potential (mV)", lines[1]);
        Assert.StartsWith(" 40 ┤", lines[2], StringComparison.Ordinal);
        Assert.StartsWith("−80 ┤", lines[13].TrimStart(), StringComparison.Ordinal);
        Assert.Contains("└", lines[14], StringComparison.Ordinal);
        Assert.Contains("0", lines[15], StringComparison.Ordinal);
        Assert.Contains("20", lines[15], StringComparison.Ordinal);
        Assert.Equal("Time (ms)", lines[16].Trim());
        Assert.Contains("Normal", lines[17], StringComparison.Ordinal);
        Assert.Contains("• Changed", lines[17], StringComparison.Ordinal);
    }

    [Fact]
    public void Sizes_out_of_range_are_rejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => TextChartRenderer.Render(ChartSamples.Spike(), 10, 10));

    private static List<string> PlotRows(string text) =>
        text.Split('\n').Where(l => l.Contains(" │", StringComparison.Ordinal) || l.Contains(" ┤", StringComparison.Ordinal))
            .Select(l => l[(l.IndexOfAny(['│', '┤']) + 1)..])
            .ToList();
}
