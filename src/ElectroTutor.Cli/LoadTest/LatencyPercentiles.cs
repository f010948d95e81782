namespace ElectroTutor.Cli.LoadTest;

/// <summary>Request latencies summarised by nearest-rank percentiles, in milliseconds.</summary>
internal sealed record LatencyPercentiles(double P50Ms, double P95Ms, double P99Ms, double MaxMs)
{
    /// <summary>Summarises <paramref name="latenciesMs"/> (any order); all zero when there are none.</summary>
    public static LatencyPercentiles Of(IEnumerable<double> latenciesMs)
    {
        var sorted = latenciesMs.Order().ToArray();
        return sorted.Length == 0
            ? new LatencyPercentiles(0, 0, 0, 0)
            : new LatencyPercentiles(Rank(sorted, 0.50), Rank(sorted, 0.95), Rank(sorted, 0.99), sorted[^1]);
    }

    /// <summary>The nearest-rank percentile: the smallest value with at least <paramref name="fraction"/> of values at or below it.</summary>
    private static double Rank(double[] sorted, double fraction) =>
        sorted[Math.Clamp((int)Math.Ceiling(fraction * sorted.Length) - 1, 0, sorted.Length - 1)];
}
