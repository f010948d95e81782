namespace ElectroTutor.Tutoring.Charts;

/// <summary>
/// One line of a chart: a named list of samples in increasing or any order of x, drawn as a polyline in the order
/// given.
/// </summary>
/// <param name="Name">Legend text, e.g. "Normal" or "[K⁺]o = 10 mM".</param>
/// <param name="XUnit">Unit of every x, e.g. "ms".</param>
/// <param name="YUnit">Unit of every y, e.g. "mV".</param>
/// <param name="Points">The samples; at least one, all finite.</param>
public sealed record ChartSeries(string Name, string XUnit, string YUnit, IReadOnlyList<ChartPoint> Points)
{
    /// <summary>The sample with the largest y (the first of equal ones).</summary>
    public ChartPoint Peak => Points.Aggregate((best, p) => p.Y > best.Y ? p : best);

    /// <summary>The sample with the smallest y (the first of equal ones).</summary>
    public ChartPoint Trough => Points.Aggregate((best, p) => p.Y < best.Y ? p : best);
}
