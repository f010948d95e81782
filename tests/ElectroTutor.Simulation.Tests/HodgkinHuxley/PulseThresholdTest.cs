using ElectroTutor.Simulation.HodgkinHuxley;
using static ElectroTutor.Simulation.Tests.HodgkinHuxley.ExcitabilityReference;

namespace ElectroTutor.Simulation.Tests.HodgkinHuxley;

public class PulseThresholdTest
{
    private static readonly HodgkinHuxleyAxon Squid = new(HodgkinHuxleyParameters.SquidAxon);

    [Theory]
    [InlineData(0.5, 13.276)]
    [InlineData(1.0, 6.920)]
    public void Threshold_is_bracketed_by_the_independent_solution(double widthMs, double expectedUaCm2)
    {
        var threshold = PulseThreshold.AmplitudeUaCm2(Squid, widthMs);
        Assert.Equal(expectedUaCm2, threshold, 0.002);

        // 0.3 % below does not fire and 0.3 % above does, in RK4 with Δt = 0.005 ms.
        Assert.Equal(0, Spikes(Pulse(widthMs, threshold * 0.997), widthMs + 40));
        Assert.Equal(1, Spikes(Pulse(widthMs, threshold * 1.003), widthMs + 40));
    }

    [Fact]
    public void Shorter_pulses_need_more_current_but_less_charge()
    {
        var short1 = PulseThreshold.AmplitudeUaCm2(Squid, 0.1);
        var long1 = PulseThreshold.AmplitudeUaCm2(Squid, 1);
        Assert.True(short1 > 5 * long1);
        Assert.True(short1 * 0.1 < long1 * 1);
    }

    [Fact]
    public void Blocked_or_spontaneously_active_membranes_have_no_threshold()
    {
        Assert.True(double.IsNaN(PulseThreshold.AmplitudeUaCm2(new HodgkinHuxleyAxon(HodgkinHuxleyParameters.SquidAxon with { SodiumBlockFraction = 1 }), 1)));
        var active = new HodgkinHuxleyAxon(HodgkinHuxleyParameters.SquidAxon.WithConcentrations(AxonConcentrations.SquidAxon with { PotassiumOutsideMm = 30 }));
        Assert.Throws<InvalidOperationException>(() => PulseThreshold.AmplitudeUaCm2(active, 1));
    }
}
