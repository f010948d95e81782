using ElectroTutor.Simulation.Cable;

namespace ElectroTutor.Simulation.Tests.Cable;

public partial class HodgkinHuxleyCableTest
{
    [Fact]
    public void Tetrodotoxin_blocks_conduction_and_the_velocity_is_not_a_number()
    {
        var conduction = Run(500, HodgkinHuxleyCable.DefaultTimeStepMs, membrane: Squid185 with { SodiumBlockFraction = 1 }).Conduction();
        Assert.False(conduction.Propagated);
        Assert.True(double.IsNaN(conduction.VelocityMPerS));
    }

    [Fact]
    public void A_subthreshold_stimulus_does_not_propagate()
    {
        var recording = Run(500, HodgkinHuxleyCable.DefaultTimeStepMs, stimulus: CableStimulus.Pulse(20, 0.2));
        Assert.False(recording.Conduction().Propagated);
        Assert.True(double.IsNaN(recording.ArrivalTimeMs(1)));
    }

    [Fact]
    public void Partial_sodium_block_slows_conduction()
    {
        var blocked = Run(500, HodgkinHuxleyCable.DefaultTimeStepMs, membrane: Squid185 with { SodiumBlockFraction = 0.5 }, durationMs: 6).Conduction();
        Assert.True(blocked.Propagated);
        Assert.InRange(blocked.VelocityMPerS, 5, 17);
    }

    [Fact]
    public void Without_a_stimulus_the_cable_stays_at_rest()
    {
        var recording = Run(100, 0.05, stimulus: CableStimulus.None, durationMs: 20);
        // The gating table interpolates x∞ to 1e−5, which moves rest by a few µV, not more.
        Assert.All(recording.PotentialMv(1), v => Assert.Equal(recording.RestingPotentialMv, v, 1e-4));
    }
}
