using System.Globalization;
using ElectroTutor.Data.Reports;

namespace ElectroTutor.Server.Instructors;

/// <summary>
/// Mastery per skill over time as an inline SVG line chart. Each skill has its own colour, dash pattern and marker
/// shape, a numbered label at the end of its line and a legend entry, so lines can be told apart without colour.
/// </summary>
internal static class LineChartSvg
{
    private const double Left = 50;
    private const double Top = 20;
    private const double PlotWidth = 560;
    private const double PlotHeight = 220;
    private const double LegendRow = 20;

    private static readonly string[] Colours = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf", "#ff7f0e"];
    private static readonly string?[] Dashes = [null, "8 4", "2 3", "10 3 2 3", "4 4", "12 4 2 4 2 4"];

    /// <summary>The chart of <paramref name="points"/>; <paramref name="skillName"/> names each skill for the legend.</summary>
    public static HtmlWriter Render(IReadOnlyList<MasteryPoint> points, Func<string, string> skillName)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(skillName);
        var series = points.GroupBy(p => p.SkillId, StringComparer.Ordinal).ToList();
        var first = points.Count == 0 ? DateTimeOffset.UnixEpoch : points.Min(p => p.At);
        var last = points.Count == 0 ? first : points.Max(p => p.At);
        var span = Math.Max((last - first).TotalSeconds, 1);
        double X(DateTimeOffset at) => Left + (PlotWidth * (at - first).TotalSeconds / span);
        double Y(double mastery) => Top + (PlotHeight * (1 - Math.Clamp(mastery, 0, 1)));

        var height = Top + PlotHeight + 40 + (series.Count * LegendRow);
        var svg = new HtmlWriter().Open("svg",
            ("xmlns", "http://www.w3.org/2000/svg"), ("class", "chart line-chart"), ("role", "img"), ("aria-labelledby", "mastery-chart-title mastery-chart-desc"),
            ("viewBox", $"0 0 680 {HtmlWriter.Coordinate(height)}"), ("width", "680"), ("height", HtmlWriter.Coordinate(height)), ("font-size", "12"), ("font-family", "system-ui, sans-serif"))
            .Element("title", "Mastery per skill over time", ("id", "mastery-chart-title"))
            .Element("desc", "One line per skill: the probability of mastery after each counted attempt, from the first attempt to the latest. The values are listed in the table below.", ("id", "mastery-chart-desc"));

        foreach (var tick in new[] { 0, 0.25, 0.5, 0.75, 1 })
        {
            var y = Y(tick);
            svg.Empty("line", ("x1", HtmlWriter.Coordinate(Left)), ("y1", HtmlWriter.Coordinate(y)), ("x2", HtmlWriter.Coordinate(Left + PlotWidth)), ("y2", HtmlWriter.Coordinate(y)), ("stroke", "#ddd"))
                .Element("text", HeatmapSvg.Percent(tick) + "%", ("x", HtmlWriter.Coordinate(Left - 6)), ("y", HtmlWriter.Coordinate(y + 4)), ("text-anchor", "end"));
        }

        svg.Element("text", first.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), ("x", HtmlWriter.Coordinate(Left)), ("y", HtmlWriter.Coordinate(Top + PlotHeight + 18)))
            .Element("text", last.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC", ("x", HtmlWriter.Coordinate(Left + PlotWidth)), ("y", HtmlWriter.Coordinate(Top + PlotHeight + 18)), ("text-anchor", "end"));

        for (var index = 0; index < series.Count; index++)
        {
            var colour = Colours[index % Colours.Length];
            var dash = Dashes[index % Dashes.Length];
            var line = series[index].ToList();
            var path = string.Join(' ', line.Select(p => HtmlWriter.Coordinate(X(p.At)) + "," + HtmlWriter.Coordinate(Y(p.Mastery))));
            svg.Empty("polyline", ("points", path), ("fill", "none"), ("stroke", colour), ("stroke-width", "2"), ("stroke-dasharray", dash));
            foreach (var point in line)
            {
                Marker(svg, index, X(point.At), Y(point.Mastery), colour);
            }

            var end = line[^1];
            var number = (index + 1).ToString(CultureInfo.InvariantCulture);
            svg.Element("text", number, ("x", HtmlWriter.Coordinate(Math.Min(X(end.At) + 8, Left + PlotWidth + 40))), ("y", HtmlWriter.Coordinate(Y(end.Mastery) + 4)), ("font-weight", "bold"));

            var legendY = Top + PlotHeight + 40 + (index * LegendRow);
            svg.Empty("line", ("x1", HtmlWriter.Coordinate(Left)), ("y1", HtmlWriter.Coordinate(legendY - 4)), ("x2", HtmlWriter.Coordinate(Left + 40)), ("y2", HtmlWriter.Coordinate(legendY - 4)), ("stroke", colour), ("stroke-width", "2"), ("stroke-dasharray", dash));
            Marker(svg, index, Left + 20, legendY - 4, colour);
            svg.Element("text", $"{number}. {skillName(series[index].Key)} — now {HeatmapSvg.Percent(end.Mastery)}%", ("x", HtmlWriter.Coordinate(Left + 50)), ("y", HtmlWriter.Coordinate(legendY)));
        }

        return svg.Close("svg");
    }

    // Circle, square, triangle, diamond: a second cue besides colour and dash.
    private static void Marker(HtmlWriter svg, int index, double x, double y, string colour)
    {
        switch (index % 4)
        {
            case 0:
                svg.Empty("circle", ("cx", HtmlWriter.Coordinate(x)), ("cy", HtmlWriter.Coordinate(y)), ("r", "3.5"), ("fill", colour));
                break;
            case 1:
                svg.Empty("rect", ("x", HtmlWriter.Coordinate(x - 3.5)), ("y", HtmlWriter.Coordinate(y - 3.5)), ("width", "7"), ("height", "7"), ("fill", colour));
                break;
            case 2:
                svg.Empty("polygon", ("points", $"{HtmlWriter.Coordinate(x)},{HtmlWriter.Coordinate(y - 4.5)} {HtmlWriter.Coordinate(x + 4.5)},{HtmlWriter.Coordinate(y + 3.5)} {HtmlWriter.Coordinate(x - 4.5)},{HtmlWriter.Coordinate(y + 3.5)}"), ("fill", colour));
                break;
            default:
                svg.Empty("polygon", ("points", $"{HtmlWriter.Coordinate(x)},{HtmlWriter.Coordinate(y - 5)} {HtmlWriter.Coordinate(x + 5)},{HtmlWriter.Coordinate(y)} {HtmlWriter.Coordinate(x)},{HtmlWriter.Coordinate(y + 5)} {HtmlWriter.Coordinate(x - 5)},{HtmlWriter.Coordinate(y)}"), ("fill", "white"), ("stroke", colour), ("stroke-width", "2"));
                break;
        }
    }
}
