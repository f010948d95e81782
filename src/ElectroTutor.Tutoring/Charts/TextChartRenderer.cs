using System.Text;

namespace ElectroTutor.Tutoring.Charts;

/// <summary>
/// Draws a <see cref="LineChart"/> with characters for a terminal: a plot of exactly the requested width × height in
/// character cells, y tick labels on its left, x tick labels and the x caption below, a legend, and the overall peak
/// marked ▲ in the plot and spelt out on the last line. The first series is drawn in braille dots (2 × 4 dots a cell,
/// so fine detail shows); the second and third as • and + a cell, on top, so the lines stay apart without colour.
/// </summary>
public static class TextChartRenderer
{
    /// <summary>Default plot width in character cells.</summary>
    public const int DefaultWidthCells = 64;

    /// <summary>Default plot height in character cells (lines).</summary>
    public const int DefaultHeightCells = 16;

    /// <summary>The character that marks the peak inside the plot.</summary>
    public const char PeakMarker = '▲';

    private static readonly char[] CellGlyphs = ['•', '+'];

    // Braille dot bits by (column, row) inside a cell: U+2800 plus the sum of the raised dots.
    private static readonly int[,] DotBits = { { 0x01, 0x02, 0x04, 0x40 }, { 0x08, 0x10, 0x20, 0x80 } };

    /// <summary>Renders the chart.</summary>
    /// <param name="chart">The chart.</param>
    /// <param name="widthCells">Plot width in cells, 16–200.</param>
    /// <param name="heightCells">Plot height in lines, 4–60.</param>
    /// <returns>Lines separated by '\n': title, y caption, <paramref name="heightCells"/> plot lines (each "label │" then
    /// exactly <paramref name="widthCells"/> cells), the x axis, its tick labels and caption, the legend and the peak.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A size is out of range.</exception>
    public static string Render(LineChart chart, int widthCells = DefaultWidthCells, int heightCells = DefaultHeightCells)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentOutOfRangeException.ThrowIfLessThan(widthCells, 16);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(widthCells, 200);
        ArgumentOutOfRangeException.ThrowIfLessThan(heightCells, 4);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(heightCells, 60);
        var (xScale, yScale) = ChartScale.Of(chart, Math.Max(3, widthCells / 12), Math.Max(3, heightCells / 2));
        var cells = Plot(chart, xScale, yScale, widthCells, heightCells);

        var yLabels = new string?[heightCells];
        foreach (var tick in yScale.Ticks)
        {
            var row = Row(yScale.Fraction(tick), 4 * heightCells) / 4;
            yLabels[row] ??= ChartNumber.Tick(tick, yScale.Step);
        }

        var labelWidth = yLabels.Max(l => l?.Length ?? 0);
        var text = new StringBuilder();
        text.Append(chart.Title).Append('\n').Append(chart.YAxis.Caption).Append('\n');
        for (var row = 0; row < heightCells; row++)
        {
            text.Append((yLabels[row] ?? string.Empty).PadLeft(labelWidth)).Append(yLabels[row] is null ? " │" : " ┤");
            for (var column = 0; column < widthCells; column++)
            {
                text.Append(cells[row, column]);
            }

            text.Append('\n');
        }

        text.Append(' ', labelWidth + 1).Append('└').Append('─', widthCells).Append('\n');
        text.Append(' ', labelWidth + 2).Append(XTickLine(xScale, widthCells).TrimEnd()).Append('\n');
        var caption = chart.XAxis.Caption;
        text.Append(' ', labelWidth + 2 + Math.Max(0, (widthCells - caption.Length) / 2)).Append(caption).Append('\n');
        text.Append(Legend(chart)).Append('\n');
        var (peakSeries, peak) = chart.Peak;
        text.Append(PeakMarker).Append(" peak ").Append(ChartNumber.Format(peak.Y)).Append(' ').Append(chart.YAxis.Unit)
            .Append(" at ").Append(ChartNumber.Format(peak.X)).Append(' ').Append(chart.XAxis.Unit)
            .Append(" (").Append(peakSeries.Name).Append(')');
        return text.ToString();
    }

    private static char[,] Plot(LineChart chart, ChartScale xScale, ChartScale yScale, int width, int height)
    {
        var dots = new int[height, width];
        var cells = new char[height, width];
        var first = chart.Series[0].Points;
        Trace(first, xScale, yScale, 2 * width, 4 * height, (x, y) => dots[y / 4, x / 2] |= DotBits[x % 2, y % 4]);
        for (var row = 0; row < height; row++)
        {
            for (var column = 0; column < width; column++)
            {
                cells[row, column] = dots[row, column] == 0 ? ' ' : (char)(0x2800 + dots[row, column]);
            }
        }

        for (var s = 1; s < chart.Series.Count; s++)
        {
            var glyph = CellGlyphs[s - 1];
            Trace(chart.Series[s].Points, xScale, yScale, 2 * width, 4 * height, (x, y) => cells[y / 4, x / 2] = glyph);
        }

        var peak = chart.Peak.Point;
        cells[Row(yScale.Fraction(peak.Y), 4 * height) / 4, Column(xScale.Fraction(peak.X), 2 * width) / 2] = PeakMarker;
        return cells;
    }

    // Visits every dot on the polyline through the points, on a grid of columns × rows with row 0 on top. Every series
    // is traced on the braille dot grid, so cell glyphs, tick rows and the peak sit where the braille line would.
    private static void Trace(IReadOnlyList<ChartPoint> points, ChartScale xScale, ChartScale yScale, int columns, int rows, Action<int, int> mark)
    {
        (int X, int Y)? previous = null;
        foreach (var point in points)
        {
            var current = (X: Column(xScale.Fraction(point.X), columns), Y: Row(yScale.Fraction(point.Y), rows));
            var from = previous ?? current;
            var steps = Math.Max(Math.Abs(current.X - from.X), Math.Abs(current.Y - from.Y));
            for (var k = 0; k <= steps; k++)
            {
                var t = steps == 0 ? 1 : (double)k / steps;
                mark((int)Math.Round(from.X + ((current.X - from.X) * t)), (int)Math.Round(from.Y + ((current.Y - from.Y) * t)));
            }

            previous = current;
        }
    }

    private static int Column(double fraction, int columns) => Math.Clamp((int)Math.Round(fraction * (columns - 1)), 0, columns - 1);

    private static int Row(double fraction, int rows) => Math.Clamp((int)Math.Round((1 - fraction) * (rows - 1)), 0, rows - 1);

    private static string XTickLine(ChartScale xScale, int width)
    {
        var line = new char[width + 8];
        Array.Fill(line, ' ');
        var free = 0;
        foreach (var tick in xScale.Ticks)
        {
            var label = ChartNumber.Tick(tick, xScale.Step);
            var start = Math.Max(0, (Column(xScale.Fraction(tick), 2 * width) / 2) - (label.Length / 2));
            if (start < free || start + label.Length > line.Length)
            {
                continue;
            }

            label.CopyTo(0, line, start, label.Length);
            free = start + label.Length + 1;
        }

        return new string(line);
    }

    private static string Legend(LineChart chart)
    {
        var entries = chart.Series.Select((s, i) => (i == 0 ? "⠤⠤" : new string(CellGlyphs[i - 1], 2)) + " " + s.Name);
        return string.Join("   ", entries);
    }
}
