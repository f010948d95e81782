using ElectroTutor.Simulation.HodgkinHuxley;
using static ElectroTutor.Simulation.Tests.HodgkinHuxley.ExcitabilityReference;

namespace ElectroTutor.Simulation.Tests.HodgkinHuxley;

public class RefractoryPeriodsTest
{
    private static readonly RefractoryPeriods Measured = RefractoryPeriods.Measure(new HodgkinHuxleyAxon(HodgkinHuxleyParameters.SquidAxon), 0.5);

    [Fact]
    public void Absolute_refractory_interval_is_bracketed_by_the_independent_solution()
    {
        // Context: a few ms at 6.3 °C, where the spike itself lasts ≈ 3 ms. With 0.5 ms pulses: 6.72 ms onset to onset.
        var (threshold, absolute) = (Measured.ThresholdUaCm2, Measured.AbsoluteMs);
        Assert.Equal(6.72, absolute, 0.01);
        Assert.Equal(1, Spikes(Pair(0.5, 2 * threshold, 6.65, 10 * threshold), 47));
        Assert.Equal(2, Spikes(Pair(0.5, 2 * threshold, 6.80, 10 * threshold), 47));
    }

    [Fact]
    public void Relative_refractory_interval_is_bracketed_by_the_independent_solution()
    {
        var (threshold, relative) = (Measured.ThresholdUaCm2, Measured.RelativeMs);
        Assert.Equal(12.34, relative, 0.01);
        Assert.Equal(1, Spikes(Pair(0.5, 2 * threshold, 12.25, 2 * threshold), 53));
        Assert.Equal(2, Spikes(Pair(0.5, 2 * threshold, 12.45, 2 * threshold), 53));
        Assert.True(Measured.RelativeMs > Measured.AbsoluteMs);
    }
}
