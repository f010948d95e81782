using System.Globalization;
using System.Xml.Linq;

namespace ElectroTutor.Tutoring.Charts;

/// <summary>
/// Draws a <see cref="LineChart"/> as a standalone, accessible SVG document: <c>role="img"</c> labelled by its
/// &lt;title&gt; and &lt;desc&gt;, a grid with ticks and labels on both axes, axis captions with units and a legend.
/// Text is escaped by construction (the document is built as XML, never by string concatenation).
/// </summary>
public static class SvgChartRenderer
{
    /// <summary>Default width in px.</summary>
    public const int DefaultWidthPx = 640;

    /// <summary>Default height in px.</summary>
    public const int DefaultHeightPx = 400;

    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    /// <summary>Renders the chart.</summary>
    /// <param name="chart">The chart.</param>
    /// <param name="widthPx">Width in px, 200–2000.</param>
    /// <param name="heightPx">Height in px, 150–2000.</param>
    /// <returns>The SVG document as UTF-8-ready text, without an XML declaration.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A size is out of range.</exception>
    public static string Render(LineChart chart, int widthPx = DefaultWidthPx, int heightPx = DefaultHeightPx)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentOutOfRangeException.ThrowIfLessThan(widthPx, 200);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(widthPx, 2000);
        ArgumentOutOfRangeException.ThrowIfLessThan(heightPx, 150);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(heightPx, 2000);
        var frame = ChartFrame.For(chart, widthPx, heightPx);
        var root = new XElement(
            Svg + "svg",
            new XAttribute("width", widthPx),
            new XAttribute("height", heightPx),
            new XAttribute("viewBox", $"0 0 {widthPx} {heightPx}"),
            new XAttribute("role", "img"),
            new XAttribute("aria-labelledby", "chart-title chart-desc"),
            new XAttribute("font-family", "sans-serif"),
            new XAttribute("font-size", "12"),
            new XElement(Svg + "title", new XAttribute("id", "chart-title"), chart.Title),
            new XElement(Svg + "desc", new XAttribute("id", "chart-desc"), chart.Description),
            new XElement(Svg + "rect", new XAttribute("width", "100%"), new XAttribute("height", "100%"), new XAttribute("fill", "#ffffff")),
            Text(widthPx / 2.0, ChartFrame.TitleBaselinePx, chart.Title, "middle", ("font-size", "15"), ("font-weight", "bold")),
            Axes(chart, frame),
            Lines(chart, frame),
            Legend(chart, frame));
        return root.ToString(SaveOptions.DisableFormatting);
    }

    private static XElement Axes(LineChart chart, ChartFrame f)
    {
        var group = new XElement(Svg + "g", new XAttribute("class", "axes"), new XAttribute("aria-hidden", "true"));
        foreach (var tick in f.X.Ticks)
        {
            var x = f.PixelX(tick);
            group.Add(LineElement(x, f.Top, x, f.Bottom, ChartPalette.Grid), LineElement(x, f.Bottom, x, f.Bottom + 5, ChartPalette.Ink));
            group.Add(Text(x, f.Bottom + 18, ChartNumber.Tick(tick, f.X.Step), "middle"));
        }

        foreach (var tick in f.Y.Ticks)
        {
            var y = f.PixelY(tick);
            group.Add(LineElement(f.Left, y, f.Right, y, ChartPalette.Grid), LineElement(f.Left - 5, y, f.Left, y, ChartPalette.Ink));
            group.Add(Text(f.Left - 8, y + 4, ChartNumber.Tick(tick, f.Y.Step), "end"));
        }

        group.Add(new XElement(
            Svg + "rect",
            Attr("x", f.Left),
            Attr("y", f.Top),
            Attr("width", f.Right - f.Left),
            Attr("height", f.Bottom - f.Top),
            new XAttribute("fill", "none"),
            new XAttribute("stroke", ChartPalette.Hex(ChartPalette.Ink))));
        group.Add(Text((f.Left + f.Right) / 2, f.HeightPx - 8, chart.XAxis.Caption, "middle"));
        var yCaption = Text(14, (f.Top + f.Bottom) / 2, chart.YAxis.Caption, "middle");
        yCaption.Add(new XAttribute("transform", Invariant($"rotate(-90 14 {(f.Top + f.Bottom) / 2:0.#})")));
        group.Add(yCaption);
        return group;
    }

    private static XElement Lines(LineChart chart, ChartFrame f)
    {
        var group = new XElement(Svg + "g", new XAttribute("class", "series"), new XAttribute("fill", "none"), new XAttribute("stroke-width", "2"));
        for (var i = 0; i < chart.Series.Count; i++)
        {
            var series = chart.Series[i];
            var points = string.Join(' ', series.Points.Select(p => Invariant($"{f.PixelX(p.X):0.##},{f.PixelY(p.Y):0.##}")));
            var line = new XElement(
                Svg + "polyline",
                new XAttribute("points", points),
                new XAttribute("stroke", ChartPalette.Hex(ChartPalette.Series[i])),
                new XElement(Svg + "title", series.Name));
            if (i > 0)
            {
                // A dash pattern tells the lines apart without colour as well.
                line.Add(new XAttribute("stroke-dasharray", i == 1 ? "7 3" : "2 3"));
            }

            group.Add(line);
        }

        return group;
    }

    private static XElement Legend(LineChart chart, ChartFrame f)
    {
        var group = new XElement(Svg + "g", new XAttribute("class", "legend"));
        var x = f.Left;
        for (var i = 0; i < chart.Series.Count; i++)
        {
            var swatch = LineElement(x, ChartFrame.LegendBaselinePx - 4, x + 24, ChartFrame.LegendBaselinePx - 4, ChartPalette.Series[i]);
            swatch.Add(new XAttribute("stroke-width", "3"));
            group.Add(swatch, Text(x + 30, ChartFrame.LegendBaselinePx, chart.Series[i].Name, "start"));
            x += 48 + (7 * chart.Series[i].Name.Length);
        }

        return group;
    }

    private static XElement LineElement(double x1, double y1, double x2, double y2, (byte R, byte G, byte B) colour) => new(
        Svg + "line", Attr("x1", x1), Attr("y1", y1), Attr("x2", x2), Attr("y2", y2), new XAttribute("stroke", ChartPalette.Hex(colour)));

    private static XElement Text(double x, double y, string text, string anchor, params (string Name, string Value)[] extra)
    {
        var element = new XElement(Svg + "text", Attr("x", x), Attr("y", y), new XAttribute("text-anchor", anchor), new XAttribute("fill", ChartPalette.Hex(ChartPalette.Ink)), text);
        foreach (var (name, value) in extra)
        {
            element.Add(new XAttribute(name, value));
        }

        return element;
    }

    private static XAttribute Attr(string name, double value) => new(name, value.ToString("0.##", CultureInfo.InvariantCulture));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
