namespace ElectroTutor.Tutoring.Charts;

/// <summary>
/// The pixel layout shared by the SVG and PNG renderers: title and legend on top, tick labels left and below, and the
/// plot rectangle mapping axis values to pixels (y grows downwards on screen).
/// </summary>
internal sealed record ChartFrame(int WidthPx, int HeightPx, double Left, double Top, double Right, double Bottom, ChartScale X, ChartScale Y)
{
    public const double TitleBaselinePx = 20;
    public const double LegendBaselinePx = 40;

    public static ChartFrame For(LineChart chart, int widthPx, int heightPx)
    {
        var (x, y) = ChartScale.Of(chart, Math.Max(3, widthPx / 90), Math.Max(3, heightPx / 60));
        return new ChartFrame(widthPx, heightPx, Left: 64, Top: 52, Right: widthPx - 20, Bottom: heightPx - 44, x, y);
    }

    public double PixelX(double value) => Left + (X.Fraction(value) * (Right - Left));

    public double PixelY(double value) => Bottom - (Y.Fraction(value) * (Bottom - Top));
}
