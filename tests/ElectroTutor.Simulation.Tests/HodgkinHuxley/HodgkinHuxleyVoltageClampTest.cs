using ElectroTutor.Simulation.HodgkinHuxley;

namespace ElectroTutor.Simulation.Tests.HodgkinHuxley;

public class HodgkinHuxleyVoltageClampTest
{
    [Fact]
    public void A_step_starts_from_the_steady_state_of_the_holding_potential()
    {
        var step = new HodgkinHuxleyVoltageClamp(HodgkinHuxleyParameters.SquidAxon).Step(-80, -20);
        Assert.Equal(GatingState.SteadyStateAt(-80), step.InitialGates);
        Assert.Equal(step.InitialGates.M, step.GatesAt(0).M, 1e-15);
        Assert.Equal(step.InitialGates.N, step.GatesAt(0).N, 1e-15);
        Assert.Equal(0.3 * (-20 + 54.387), step.LeakCurrentUaCm2, 1e-12);
    }

    [Fact]
    public void Rejects_unusable_potentials_and_parameters()
    {
        var clamp = new HodgkinHuxleyVoltageClamp(HodgkinHuxleyParameters.SquidAxon);
        Assert.ThrowsAny<ArgumentException>(() => clamp.Step(-65, 500));
        Assert.ThrowsAny<ArgumentException>(() => clamp.Step(-65, 0).PeakSodiumCurrent(0));
        Assert.ThrowsAny<ArgumentException>(() => new HodgkinHuxleyVoltageClamp(HodgkinHuxleyParameters.SquidAxon with { PotassiumBlockFraction = -1 }));
    }
}
