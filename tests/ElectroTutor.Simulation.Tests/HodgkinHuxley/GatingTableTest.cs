using ElectroTutor.Simulation.HodgkinHuxley;

namespace ElectroTutor.Simulation.Tests.HodgkinHuxley;

public class GatingTableTest
{
    [Theory]
    [InlineData(6.3, 0.025)]
    [InlineData(18.5, 0.01)]
    [InlineData(37.0, 0.005)]
    public void Interpolated_updates_match_exact_exponential_Euler_within_1e_minus_5(double temperatureCelsius, double timeStepMs)
    {
        var table = GatingTable.For(temperatureCelsius, timeStepMs);
        var phi = HodgkinHuxleyRates.TemperatureFactor(temperatureCelsius);
        var worst = 0.0;
        for (var v = -120.0; v <= 80.0; v += 0.037)
        {
            double m = 0.3, h = 0.4, n = 0.5;
            table.Advance(v, ref m, ref h, ref n);
            worst = Math.Max(worst, Math.Abs(m - GateKinetics.SodiumActivation(v, phi).Advance(0.3, timeStepMs)));
            worst = Math.Max(worst, Math.Abs(h - GateKinetics.SodiumInactivation(v, phi).Advance(0.4, timeStepMs)));
            worst = Math.Max(worst, Math.Abs(n - GateKinetics.PotassiumActivation(v, phi).Advance(0.5, timeStepMs)));
        }

        Assert.InRange(worst, 0, 1e-5);
    }

    [Fact]
    public void Tables_are_shared_per_temperature_and_step()
    {
        Assert.Same(GatingTable.For(6.3, 0.025), GatingTable.For(6.3, 0.025));
        Assert.NotSame(GatingTable.For(6.3, 0.025), GatingTable.For(6.3, 0.0125));
    }

    [Fact]
    public void Potentials_beyond_the_grid_use_its_saturated_ends()
    {
        var table = GatingTable.For(6.3, 0.025);
        double m = 0.5, h = 0.5, n = 0.5;
        table.Advance(1e6, ref m, ref h, ref n);
        Assert.True(m > 0.5 && h < 0.5 && n > 0.5);
        Assert.All(new[] { m, h, n }, x => Assert.InRange(x, 0, 1));
    }
}
