using ElectroTutor.Simulation.Cable;

namespace ElectroTutor.Simulation.Tests.Cable;

public partial class HodgkinHuxleyCableTest
{
    private static HodgkinHuxleyCable Default => new(CableGeometry.SquidGiantAxon, Squid185);

    [Fact]
    public void Rejects_bad_run_arguments_with_messages_that_name_them()
    {
        Assert.Contains("time step", Assert.ThrowsAny<ArgumentException>(() => Default.Run(Shock, [1.0], 1, 0)).Message, StringComparison.Ordinal);
        Assert.Contains("duration", Assert.ThrowsAny<ArgumentException>(() => Default.Run(Shock, [1.0], double.NaN)).Message, StringComparison.Ordinal);
        Assert.Contains("recording site", Assert.ThrowsAny<ArgumentException>(() => Default.Run(Shock, [6.0], 1)).Message, StringComparison.Ordinal);
        Assert.Contains("recording site", Assert.ThrowsAny<ArgumentException>(() => Default.Run(Shock, [], 1)).Message, StringComparison.Ordinal);
        Assert.Contains("stimulated length", Assert.ThrowsAny<ArgumentException>(() => Default.Run(CableStimulus.Pulse(100, 0.2, 0), [1.0], 1)).Message, StringComparison.Ordinal);
        Assert.ThrowsAny<ArgumentException>(() => new HodgkinHuxleyCable(CableGeometry.SquidGiantAxon, Squid185 with { SodiumBlockFraction = 2 }));
    }

    [Fact]
    public void Records_every_step_at_each_site()
    {
        var recording = Default.Run(CableStimulus.None, [0.0, 2.5, 5.0], 1, 0.01);
        Assert.Equal(100, recording.StepCount);
        Assert.Equal(101, recording.PotentialMv(2).Count);
        Assert.Equal([0.0, 2.5, 5.0], recording.SitesCm);
    }
}
