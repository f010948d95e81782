namespace ElectroTutor.Tutoring.Charts;

/// <summary>
/// Draws a <see cref="LineChart"/> as a PNG image for channels that show pictures but not SVG (Teams cards, Web Chat
/// attachments): the same layout as <see cref="SvgChartRenderer"/>, rasterised here with anti-aliased lines and a
/// built-in 5 × 7 pixel font, and encoded without any image library.
/// </summary>
public static class PngChartRenderer
{
    /// <summary>Default width in px.</summary>
    public const int DefaultWidthPx = 640;

    /// <summary>Default height in px.</summary>
    public const int DefaultHeightPx = 400;

    /// <summary>Largest width in px, so an image stays small enough for a chat message.</summary>
    public const int MaximumWidthPx = 800;

    /// <summary>Largest height in px.</summary>
    public const int MaximumHeightPx = 500;

    /// <summary>The MIME type of what <see cref="Render"/> returns.</summary>
    public const string ContentType = "image/png";

    private static readonly (byte R, byte G, byte B) White = (0xFF, 0xFF, 0xFF);

    /// <summary>Renders the chart.</summary>
    /// <param name="chart">The chart.</param>
    /// <param name="widthPx">Width in px, 200–800.</param>
    /// <param name="heightPx">Height in px, 150–500.</param>
    /// <returns>The PNG file's bytes (8-bit RGB).</returns>
    /// <exception cref="ArgumentOutOfRangeException">A size is out of range.</exception>
    public static byte[] Render(LineChart chart, int widthPx = DefaultWidthPx, int heightPx = DefaultHeightPx)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentOutOfRangeException.ThrowIfLessThan(widthPx, 200);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(widthPx, MaximumWidthPx);
        ArgumentOutOfRangeException.ThrowIfLessThan(heightPx, 150);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(heightPx, MaximumHeightPx);
        return PngEncoder.Encode(Draw(chart, widthPx, heightPx));
    }

    internal static RgbCanvas Draw(LineChart chart, int widthPx, int heightPx)
    {
        var f = ChartFrame.For(chart, widthPx, heightPx);
        var canvas = new RgbCanvas(widthPx, heightPx, White);
        var ink = ChartPalette.Ink;
        int left = (int)f.Left, top = (int)f.Top, right = (int)f.Right, bottom = (int)f.Bottom;
        foreach (var tick in f.X.Ticks)
        {
            var x = (int)Math.Round(f.PixelX(tick));
            canvas.FillRectangle(x, top, 1, bottom - top, ChartPalette.Grid);
            canvas.FillRectangle(x, bottom, 1, 5, ink);
            var label = ChartNumber.Tick(tick, f.X.Step);
            canvas.DrawText(x - (BitmapFont.WidthOf(label) / 2), bottom + 9, label, ink);
        }

        foreach (var tick in f.Y.Ticks)
        {
            var y = (int)Math.Round(f.PixelY(tick));
            canvas.FillRectangle(left, y, right - left, 1, ChartPalette.Grid);
            canvas.FillRectangle(left - 5, y, 5, 1, ink);
            var label = ChartNumber.Tick(tick, f.Y.Step);
            canvas.DrawText(left - 9 - BitmapFont.WidthOf(label), y - 3, label, ink);
        }

        Frame(canvas, left, top, right, bottom, ink);
        for (var i = 0; i < chart.Series.Count; i++)
        {
            var points = chart.Series[i].Points.Select(p => (f.PixelX(p.X), f.PixelY(p.Y))).ToArray();
            canvas.StrokePolyline(points, 2.2, ChartPalette.Series[i]);
        }

        var title = chart.Title;
        canvas.DrawText((widthPx - (2 * BitmapFont.WidthOf(title))) / 2, 6, title, ink, scale: 2);
        Legend(chart, canvas, left);
        var xCaption = chart.XAxis.Caption;
        canvas.DrawText((left + right - BitmapFont.WidthOf(xCaption)) / 2, heightPx - 14, xCaption, ink);
        var yCaption = chart.YAxis.Caption;
        canvas.DrawTextUpwards(8, ((top + bottom) / 2) + (BitmapFont.WidthOf(yCaption) / 2), yCaption, ink);
        return canvas;
    }

    private static void Frame(RgbCanvas canvas, int left, int top, int right, int bottom, (byte R, byte G, byte B) ink)
    {
        canvas.FillRectangle(left, top, right - left + 1, 1, ink);
        canvas.FillRectangle(left, bottom, right - left + 1, 1, ink);
        canvas.FillRectangle(left, top, 1, bottom - top + 1, ink);
        canvas.FillRectangle(right, top, 1, bottom - top + 1, ink);
    }

    private static void Legend(LineChart chart, RgbCanvas canvas, int left)
    {
        var x = left;
        var y = (int)ChartFrame.LegendBaselinePx - 7;
        for (var i = 0; i < chart.Series.Count; i++)
        {
            canvas.FillRectangle(x, y + 2, 20, 3, ChartPalette.Series[i]);
            var name = chart.Series[i].Name;
            canvas.DrawText(x + 26, y, name, ChartPalette.Ink);
            x += 40 + BitmapFont.WidthOf(name);
        }
    }
}
