using ElectroTutor.Simulation.HodgkinHuxley;

namespace ElectroTutor.Simulation.Tests.HodgkinHuxley;

public class SteadyStateCurrentTest
{
    private static readonly HodgkinHuxleyParameters Squid = HodgkinHuxleyParameters.SquidAxon;

    [Fact]
    public void Total_is_the_sum_of_its_parts_written_out_from_the_rate_formulas()
    {
        const double V = -50;
        double Steady(double a, double b) => a / (a + b);
        var m = Steady(ReferenceHodgkinHuxley.AlphaM(V), ReferenceHodgkinHuxley.BetaM(V));
        var h = Steady(ReferenceHodgkinHuxley.AlphaH(V), ReferenceHodgkinHuxley.BetaH(V));
        var n = Steady(ReferenceHodgkinHuxley.AlphaN(V), ReferenceHodgkinHuxley.BetaN(V));
        var expected = (120 * m * m * m * h * (V - 50)) + (36 * Math.Pow(n, 4) * (V + 77)) + (0.3 * (V + 54.387));
        Assert.Equal(expected, SteadyStateCurrent.IonicUaCm2(Squid, V), 1e-10);
        Assert.True(SteadyStateCurrent.SodiumUaCm2(Squid, V) < 0);
        Assert.True(SteadyStateCurrent.PotassiumUaCm2(Squid, V) > 0);
    }

    [Fact]
    public void Blocks_scale_their_currents()
    {
        var blocked = Squid with { SodiumBlockFraction = 1, PotassiumBlockFraction = 0.5 };
        Assert.Equal(0, SteadyStateCurrent.SodiumUaCm2(blocked, -50));
        Assert.Equal(0.5 * SteadyStateCurrent.PotassiumUaCm2(Squid, -50), SteadyStateCurrent.PotassiumUaCm2(blocked, -50), 1e-12);
    }

    [Fact]
    public void Chord_conductance_is_the_slope_of_each_current_about_its_reversal()
    {
        const double V = -65;
        var expected = (SteadyStateCurrent.SodiumUaCm2(Squid, V) / (V - 50)) + (SteadyStateCurrent.PotassiumUaCm2(Squid, V) / (V + 77)) + 0.3;
        Assert.Equal(expected, SteadyStateCurrent.ConductanceMsPerCm2(Squid, V), 1e-12);
        Assert.Equal(0.677, SteadyStateCurrent.ConductanceMsPerCm2(Squid, V), 3);
    }
}
