using System.Globalization;

namespace ElectroTutor.Tutoring.Charts;

/// <summary>
/// What a line chart shows, independent of how it is drawn: a title, two axes with units and one to three series whose
/// units match the axes. The renderers (<see cref="SvgChartRenderer"/>, <see cref="PngChartRenderer"/>,
/// <see cref="TextChartRenderer"/>) take it as it is.
/// </summary>
public sealed record LineChart
{
    /// <summary>Most series one chart may hold; more would not be told apart in a terminal.</summary>
    public const int MaximumSeriesCount = 3;

    /// <summary>Creates a chart and checks it.</summary>
    /// <param name="title">Title, shown above the plot and read first by screen readers.</param>
    /// <param name="xAxis">Horizontal axis.</param>
    /// <param name="yAxis">Vertical axis.</param>
    /// <param name="series">One to three series with at least one finite point each, in the axes' units.</param>
    /// <exception cref="ArgumentException">The series are missing, too many, empty, not finite or in other units.</exception>
    public LineChart(string title, ChartAxis xAxis, ChartAxis yAxis, IReadOnlyList<ChartSeries> series)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(xAxis);
        ArgumentNullException.ThrowIfNull(yAxis);
        ArgumentNullException.ThrowIfNull(series);
        if (series.Count is 0 or > MaximumSeriesCount)
        {
            throw new ArgumentException($"A line chart holds 1 to {MaximumSeriesCount} series, not {series.Count}.", nameof(series));
        }

        foreach (var line in series)
        {
            if (line.Points.Count == 0 || line.Points.Any(p => !double.IsFinite(p.X) || !double.IsFinite(p.Y)))
            {
                throw new ArgumentException($"Series '{line.Name}' needs at least one point, all finite.", nameof(series));
            }

            if (line.XUnit != xAxis.Unit || line.YUnit != yAxis.Unit)
            {
                throw new ArgumentException($"Series '{line.Name}' is in {line.XUnit}/{line.YUnit}, the axes in {xAxis.Unit}/{yAxis.Unit}.", nameof(series));
            }
        }

        Title = title;
        XAxis = xAxis;
        YAxis = yAxis;
        Series = series;
    }

    /// <summary>The title.</summary>
    public string Title { get; }

    /// <summary>The horizontal axis.</summary>
    public ChartAxis XAxis { get; }

    /// <summary>The vertical axis.</summary>
    public ChartAxis YAxis { get; }

    /// <summary>The series, drawn in this order (later ones on top).</summary>
    public IReadOnlyList<ChartSeries> Series { get; }

    /// <summary>
    /// A sentence for people who cannot see the chart (SVG &lt;desc&gt;, alt text): the axes and each series' range
    /// and peak.
    /// </summary>
    public string Description
    {
        get
        {
            var parts = Series.Select(s =>
            {
                var peak = s.Peak;
                return string.Create(
                    CultureInfo.InvariantCulture,
                    $"{s.Name}: from {Number(s.Trough.Y)} to {Number(peak.Y)} {YAxis.Unit}, peak at {Number(peak.X)} {XAxis.Unit}");
            });
            return $"Line chart of {YAxis.Caption} against {XAxis.Caption}. {string.Join("; ", parts)}.";
        }
    }

    /// <summary>The series' overall peak: the point with the largest y of all, and the series it belongs to.</summary>
    public (ChartSeries Series, ChartPoint Point) Peak =>
        Series.Select(s => (Series: s, Point: s.Peak)).Aggregate((best, next) => next.Point.Y > best.Point.Y ? next : best);

    internal static string Number(double value) => ChartNumber.Format(value);
}
