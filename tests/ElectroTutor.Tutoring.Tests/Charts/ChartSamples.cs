using ElectroTutor.Tutoring.Charts;

namespace ElectroTutor.Tutoring.Tests.Charts;

/// <summary>Charts the chart tests draw.</summary>
internal static class ChartSamples
{
    public static ChartSeries Series(string name, params (double X, double Y)[] points) =>
        new(name, "ms", "mV", points.Select(p => new ChartPoint(p.X, p.Y)).ToArray());

    /// <summary>A resting line and a spike peaking at +40 mV at 10 ms.</summary>
    public static LineChart Spike(string title = "Membrane potential") => new(
        title,
        new ChartAxis("Time", "ms"),
        new ChartAxis("Membrane potential", "mV"),
        [
            Series("Normal", Enumerable.Range(0, 201).Select(i => (i * 0.1, -65.0)).ToArray()),
            Series("Changed", Enumerable.Range(0, 201).Select(i => (i * 0.1, -65 + (105 * Math.Exp(-Math.Pow(((i * 0.1) - 10) / 1.5, 2))))).ToArray()),
        ]);

    /// <summary>One straight line from (0, 0) to (10, 10), so its pixels are easy to predict.</summary>
    public static LineChart Diagonal() => new(
        "Diagonal",
        new ChartAxis("Time", "ms"),
        new ChartAxis("Membrane potential", "mV"),
        [Series("Line", (0, 0), (10, 10))]);
}
