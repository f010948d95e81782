using ElectroTutor.Simulation.HodgkinHuxley;

namespace ElectroTutor.Simulation.Tests.HodgkinHuxley;

public class HodgkinHuxleyAxonTest
{
    private static readonly HodgkinHuxleyAxon Squid = new(HodgkinHuxleyParameters.SquidAxon);

    private static MembraneTrace Run(CurrentClampProtocol protocol, double durationMs, double timeStepMs = 0.025) =>
        Squid.Run(protocol, durationMs, timeStepMs, -65, GatingState.SteadyStateAt(-65));

    [Fact]
    public void Rest_holds_at_minus_65_mV_with_no_stimulus()
    {
        var trace = Run(CurrentClampProtocol.None, 50);
        Assert.All(trace.MembranePotentialMv, v => Assert.Equal(-65.0, v, 0.01));
    }

    [Fact]
    public void A_suprathreshold_pulse_fires_one_overshooting_spike()
    {
        var trace = Run(CurrentClampProtocol.Pulse(1, 0.5, 20), 20);
        var peak = trace.MembranePotentialMv.Max();
        Assert.InRange(peak, 35, 50);
        Assert.InRange(trace.MembranePotentialMv.Min(), -78, -70);
    }

    [Fact]
    public void Applied_pulse_delivers_its_charge_whatever_the_step_alignment()
    {
        var trace = Run(CurrentClampProtocol.Pulse(1.01, 0.333, 3), 3, 0.1);
        Assert.Equal(3 * 0.333, trace.AppliedCurrentUaCm2.Sum() * 0.1, 1e-12);
    }

    [Fact]
    public void Rejects_unusable_steps_and_durations()
    {
        Assert.ThrowsAny<ArgumentException>(() => Run(CurrentClampProtocol.None, 10, 0));
        Assert.ThrowsAny<ArgumentException>(() => Run(CurrentClampProtocol.None, -1));
        Assert.ThrowsAny<ArgumentException>(() => Run(CurrentClampProtocol.None, double.NaN));
        Assert.ThrowsAny<ArgumentException>(() => new HodgkinHuxleyAxon(HodgkinHuxleyParameters.SquidAxon with { SodiumBlockFraction = 1.5 }));
    }
}
