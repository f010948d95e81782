namespace ElectroTutor.Tutoring.Charts;

/// <summary>
/// A linear axis range rounded out to "nice" tick values (1, 2 or 5 × 10ⁿ, the one nearest the wanted spacing), so tick labels are short and the
/// data never touches the frame.
/// </summary>
/// <param name="Minimum">Lowest value on the axis.</param>
/// <param name="Maximum">Highest value on the axis, above <paramref name="Minimum"/>.</param>
/// <param name="Step">Distance between ticks.</param>
internal sealed record ChartScale(double Minimum, double Maximum, double Step)
{
    private static readonly double[] NiceMantissas = [1, 2, 5, 10];

    /// <summary>Tick values from the minimum to the maximum.</summary>
    public IReadOnlyList<double> Ticks
    {
        get
        {
            var count = (int)Math.Round((Maximum - Minimum) / Step);
            return Enumerable.Range(0, count + 1).Select(i => Minimum + (i * Step)).ToArray();
        }
    }

    /// <summary>The nice scale covering [low, high] with about <paramref name="targetTicks"/> ticks.</summary>
    public static ChartScale Covering(double low, double high, int targetTicks)
    {
        if (high - low < 1e-12 * Math.Max(1, Math.Abs(high)))
        {
            var pad = Math.Max(Math.Abs(low) * 0.1, 1);
            (low, high) = (low - pad, high + pad);
        }

        var rough = (high - low) / Math.Max(1, targetTicks - 1);
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var step = NiceMantissas.Select(m => m * magnitude).MinBy(s => Math.Abs(Math.Log(s / rough)));
        var minimum = Math.Floor((low / step) + 1e-9) * step;
        var maximum = Math.Ceiling((high / step) - 1e-9) * step;
        return new ChartScale(minimum, maximum, step);
    }

    /// <summary>The scales of a chart's two axes, taken over every series.</summary>
    public static (ChartScale X, ChartScale Y) Of(LineChart chart, int targetXTicks, int targetYTicks)
    {
        var points = chart.Series.SelectMany(s => s.Points).ToArray();
        return (
            Covering(points.Min(p => p.X), points.Max(p => p.X), targetXTicks),
            Covering(points.Min(p => p.Y), points.Max(p => p.Y), targetYTicks));
    }

    /// <summary>Where a value falls on the axis, 0 at the minimum and 1 at the maximum.</summary>
    public double Fraction(double value) => (value - Minimum) / (Maximum - Minimum);
}
