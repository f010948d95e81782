using ElectroTutor.Simulation.Cable;
using ElectroTutor.Simulation.HodgkinHuxley;

namespace ElectroTutor.Simulation.Tests.Cable;

public class SodiumChannelBlockTest
{
    private static readonly HodgkinHuxleyParameters Squid185 = HodgkinHuxleyParameters.SquidAxon with { TemperatureCelsius = 18.5 };

    private static CableRecording Run(SodiumChannelBlock block) =>
        new HodgkinHuxleyCable(CableGeometry.SquidGiantAxon, Squid185, localBlock: block)
            .Run(CableStimulus.Pulse(2000, 0.2), [1.25, 3.75], 6);

    [Fact]
    public void A_block_over_one_centimetre_stops_conduction()
    {
        // 1 cm is 1.4 resting length constants: too far for the impulse to charge the far side to threshold.
        var recording = Run(new SodiumChannelBlock(2.0, 3.0, 1.0));
        Assert.False(double.IsNaN(recording.ArrivalTimeMs(0)));
        Assert.True(double.IsNaN(recording.ArrivalTimeMs(1)));
        Assert.False(recording.Conduction().Propagated);
    }

    [Fact]
    public void A_short_block_is_jumped_with_a_delay()
    {
        // Measured: 2 mm of complete block costs about 0.06 ms; the impulse continues at full height.
        var free = Run(SodiumChannelBlock.None).Conduction();
        var jumped = Run(new SodiumChannelBlock(2.0, 2.2, 1.0)).Conduction();
        Assert.True(jumped.Propagated);
        Assert.InRange(jumped.DelayMs - free.DelayMs, 0.03, 0.3);
    }

    [Fact]
    public void Only_the_overlapping_part_of_a_compartment_is_blocked()
    {
        var block = new SodiumChannelBlock(2.0, 3.0, 0.8);
        Assert.Equal(0.8, block.BlockedFraction(2.1, 2.2), 1e-12);
        Assert.Equal(0.4, block.BlockedFraction(1.95, 2.05), 1e-12);
        Assert.Equal(0.0, block.BlockedFraction(3.0, 3.1), 1e-12);
    }

    [Theory]
    [InlineData(2.0, 1.0, 1.0)]
    [InlineData(2.0, 6.0, 1.0)]
    [InlineData(2.0, 3.0, 1.5)]
    public void Rejects_segments_off_the_cable_and_impossible_fractions(double startCm, double endCm, double fraction)
    {
        Assert.ThrowsAny<ArgumentException>(() => new HodgkinHuxleyCable(CableGeometry.SquidGiantAxon, Squid185, localBlock: new SodiumChannelBlock(startCm, endCm, fraction)));
    }
}
