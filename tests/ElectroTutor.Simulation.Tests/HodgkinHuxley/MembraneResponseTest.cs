using ElectroTutor.Simulation.HodgkinHuxley;

namespace ElectroTutor.Simulation.Tests.HodgkinHuxley;

public class MembraneResponseTest
{
    private static readonly CurrentClampProtocol Pulse = CurrentClampProtocol.Pulse(5, 1, 10);

    [Fact]
    public void Standard_axon_rests_at_minus_65_and_fires_one_spike()
    {
        var response = MembraneResponse.Run(HodgkinHuxleyParameters.SquidAxon, Pulse, 50, 0.1);

        Assert.Equal(-65.0, response.RestingPotentialMv, 1);
        Assert.True(response.IsQuiescent);
        Assert.Equal(1, response.SpikeCount);
        Assert.InRange(response.PeakPotentialMv, 30, 50);
        Assert.Equal(501, response.Samples.Count);
        Assert.Equal(50, response.Samples[^1].TimeMs, 9);
        Assert.Equal(response.RestingPotentialMv, response.Samples[0].PotentialMv, 6);
    }

    [Fact]
    public void Full_ttx_block_leaves_a_passive_bump_that_is_no_spike()
    {
        var blocked = HodgkinHuxleyParameters.SquidAxon with { SodiumBlockFraction = 1 };
        var response = MembraneResponse.Run(blocked, CurrentClampProtocol.Pulse(5, 1, 200), 50, 0.1);

        Assert.False(response.Fires);
        Assert.True(response.PeakPotentialMv > response.RestingPotentialMv);
    }

    [Fact]
    public void Samples_are_the_trace_at_the_interval()
    {
        var response = MembraneResponse.Run(HodgkinHuxleyParameters.SquidAxon, Pulse, 20, 0.5);
        var trace = new HodgkinHuxleyAxon(HodgkinHuxleyParameters.SquidAxon).Run(Pulse, 20);

        Assert.Equal(trace.MembranePotentialMv[200], response.Samples[10].PotentialMv);
        Assert.Equal(5, response.Samples[10].TimeMs, 9);
    }

    [Fact]
    public void A_bad_interval_is_rejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => MembraneResponse.Run(HodgkinHuxleyParameters.SquidAxon, Pulse, 20, 0));
}
