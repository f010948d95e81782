namespace ElectroTutor.Server.Instructors;

/// <summary>
/// The distribution of one skill's mastery over a class as an inline SVG histogram: ten bins of ten per cent, each bar
/// labelled with its count, so the shape reads without colour.
/// </summary>
internal static class HistogramSvg
{
    /// <summary>The number of bins (0–10 %, …, 90–100 %).</summary>
    public const int Bins = 10;

    private const double Left = 40;
    private const double Top = 20;
    private const double PlotWidth = 500;
    private const double PlotHeight = 200;

    /// <summary>How many masteries (0–1) fall in each bin; 1.0 goes in the last bin.</summary>
    public static int[] Count(IEnumerable<double> masteries)
    {
        ArgumentNullException.ThrowIfNull(masteries);
        var counts = new int[Bins];
        foreach (var mastery in masteries)
        {
            counts[Math.Clamp((int)Math.Floor(Math.Clamp(mastery, 0, 1) * Bins), 0, Bins - 1)]++;
        }

        return counts;
    }

    /// <summary>The histogram of <paramref name="counts"/> (one per bin).</summary>
    public static HtmlWriter Render(IReadOnlyList<int> counts, string skillName)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var highest = Math.Max(1, counts.Max());
        var barWidth = PlotWidth / counts.Count;
        var svg = new HtmlWriter().Open("svg",
            ("xmlns", "http://www.w3.org/2000/svg"), ("class", "chart histogram"), ("role", "img"), ("aria-labelledby", "histogram-title histogram-desc"),
            ("viewBox", "0 0 560 270"), ("width", "560"), ("height", "270"), ("font-size", "12"), ("font-family", "system-ui, sans-serif"))
            .Element("title", $"Distribution of mastery of {skillName}", ("id", "histogram-title"))
            .Element("desc", "Number of students in each ten-per-cent band of mastery; the counts are written above the bars and listed in the table below.", ("id", "histogram-desc"))
            .Empty("line", ("x1", HtmlWriter.Coordinate(Left)), ("y1", HtmlWriter.Coordinate(Top + PlotHeight)), ("x2", HtmlWriter.Coordinate(Left + PlotWidth)), ("y2", HtmlWriter.Coordinate(Top + PlotHeight)), ("stroke", "#333"));
        for (var bin = 0; bin < counts.Count; bin++)
        {
            var x = Left + (bin * barWidth);
            var barHeight = PlotHeight * counts[bin] / highest;
            var y = Top + PlotHeight - barHeight;
            svg.Empty("rect", ("x", HtmlWriter.Coordinate(x + 3)), ("y", HtmlWriter.Coordinate(y)), ("width", HtmlWriter.Coordinate(barWidth - 6)), ("height", HtmlWriter.Coordinate(barHeight)),
                    ("fill", "#5b8fd1"), ("stroke", "#1f4f8a"))
                .Element("text", counts[bin].ToString(System.Globalization.CultureInfo.InvariantCulture), ("x", HtmlWriter.Coordinate(x + (barWidth / 2))), ("y", HtmlWriter.Coordinate(y - 4)), ("text-anchor", "middle"))
                .Element("text", BinLabel(bin), ("x", HtmlWriter.Coordinate(x + (barWidth / 2))), ("y", HtmlWriter.Coordinate(Top + PlotHeight + 16)), ("text-anchor", "middle"), ("font-size", "10"));
        }

        return svg.Element("text", "Mastery (%)", ("x", HtmlWriter.Coordinate(Left + (PlotWidth / 2))), ("y", "262"), ("text-anchor", "middle"))
            .Close("svg");
    }

    /// <summary>A bin's range, e.g. "40–50".</summary>
    public static string BinLabel(int bin) => FormattableString.Invariant($"{bin * 100 / Bins}–{(bin + 1) * 100 / Bins}");
}
