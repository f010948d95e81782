using ElectroTutor.Simulation.HodgkinHuxley;

namespace ElectroTutor.Simulation.Tests.HodgkinHuxley;

public class SpikeTrainTest
{
    private static MembraneTrace Trace(params double[] potentialMv) =>
        new(0.5, potentialMv, new double[potentialMv.Length - 1], new double[potentialMv.Length - 1], new double[potentialMv.Length - 1]);

    [Fact]
    public void Spikes_are_upward_zero_crossings_timed_by_linear_interpolation()
    {
        // Crossings between samples 1–2 (−10 → 30: a quarter of the way) and 5–6 (−20 → 0: exactly at sample 6).
        var spikes = SpikeTrain.Detect(Trace(-60, -10, 30, 10, -5, -20, 0, 5));
        Assert.Equal(2, spikes.Count);
        Assert.Equal(0.5 * 1.25, spikes.TimesMs[0], 1e-12);
        Assert.Equal(0.5 * 6, spikes.TimesMs[1], 1e-12);
    }

    [Fact]
    public void A_trace_that_starts_above_zero_has_no_spike_until_it_crosses_upward()
    {
        Assert.Equal(0, SpikeTrain.Detect(Trace(10, 20, -5)).Count);
    }

    [Fact]
    public void Firing_rate_is_1000_over_the_mean_interval_of_the_spikes_in_the_window()
    {
        // Spikes at 0.125, 2.125, 4.125, 8.125 ms (a quarter of the way through each rising 0.5 ms step).
        var spikes = SpikeTrain.Detect(Trace(-10, 30, -10, -10, -10, 30, -10, -10, -10, 30, -10, -10, -10, -10, -10, -10, -10, 30));
        Assert.Equal(4, spikes.Count);
        Assert.Equal(8.125, spikes.TimesMs[3], 1e-12);
        Assert.Equal(1000.0 * 2 / (8.125 - 2.125), spikes.FiringRateHz(2, 9), 1e-9);
        Assert.Equal(0, spikes.FiringRateHz(5, 9));
    }
}
