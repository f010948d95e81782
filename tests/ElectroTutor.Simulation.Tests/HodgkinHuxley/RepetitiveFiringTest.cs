using ElectroTutor.Simulation.HodgkinHuxley;

namespace ElectroTutor.Simulation.Tests.HodgkinHuxley;

public class RepetitiveFiringTest
{
    private static readonly HodgkinHuxleyAxon Squid = new(HodgkinHuxleyParameters.SquidAxon);

    [Fact]
    public void Rate_at_10_uA_per_cm2_matches_the_independent_solution()
    {
        // 68.3 Hz; the RK4 solution (Δt 0.01 ms) gives the same to 0.05 Hz.
        var spikes = new ReferenceHodgkinHuxley().Run(t => 10, 1000, Squid.Rest.Rest!.PotentialMv, 0.01).SpikeTimes().Where(t => t >= 500).ToList();
        var reference = 1000.0 * (spikes.Count - 1) / (spikes[^1] - spikes[0]);
        Assert.Equal(reference, RepetitiveFiring.FiringRateHz(Squid, 10), 0.05);
        Assert.Equal(68.3, reference, 0.1);
    }

    [Fact]
    public void Repetitive_firing_starts_between_6_2_and_6_3_uA_per_cm2_at_about_50_Hz()
    {
        // Context: periodic firing of the 6.3 °C model appears near 6.2–6.3 µA/cm² (the saddle-node of periodic orbits
        // below the Hopf point at 9.78; Rinzel & Miller 1980), with a minimum rate near 50 Hz (type II onset).
        var onset = ExcitabilitySearchBisect(6.0, 7.0);
        Assert.InRange(onset, 6.2, 6.3);
        Assert.InRange(RepetitiveFiring.FiringRateHz(Squid, onset + 0.01), 45, 60);
    }

    [Fact]
    public void Rate_rises_with_current_from_about_50_to_about_120_Hz()
    {
        // 10 µA/cm² → 68 Hz, 20 → 86 Hz, 50 → 117 Hz.
        var rates = new[] { 6.5, 10, 20, 50 }.Select(i => RepetitiveFiring.FiringRateHz(Squid, i)).ToArray();
        Assert.Equal(rates.Order(), rates);
        Assert.InRange(rates[0], 50, 60);
        Assert.InRange(rates[2], 80, 90);
        Assert.InRange(rates[3], 110, 125);
    }

    [Fact]
    public void A_single_pulse_has_no_rate()
    {
        Assert.Equal(0, RepetitiveFiring.FiringRateHz(Squid, 2.0));
    }

    private static double ExcitabilitySearchBisect(double low, double high)
    {
        while (high - low > 0.005)
        {
            var middle = (low + high) / 2;
            if (RepetitiveFiring.FiringRateHz(Squid, middle) > 0)
            {
                high = middle;
            }
            else
            {
                low = middle;
            }
        }

        return (low + high) / 2;
    }
}
