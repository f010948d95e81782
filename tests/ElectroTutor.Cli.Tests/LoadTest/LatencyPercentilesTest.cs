using ElectroTutor.Cli.LoadTest;

namespace ElectroTutor.Cli.Tests.LoadTest;

public sealed class LatencyPercentilesTest
{
    [Fact]
    public void Percentiles_are_nearest_rank_over_the_sorted_latencies()
    {
        var latencies = Enumerable.Range(1, 100).Select(i => (double)i).Reverse();
        var summary = LatencyPercentiles.Of(latencies);
        Assert.Equal(new LatencyPercentiles(50, 95, 99, 100), summary);
    }

    [Fact]
    public void One_latency_is_every_percentile_and_none_is_all_zero()
    {
        Assert.Equal(new LatencyPercentiles(7, 7, 7, 7), LatencyPercentiles.Of([7.0]));
        Assert.Equal(new LatencyPercentiles(0, 0, 0, 0), LatencyPercentiles.Of([]));
    }
}
