using ElectroTutor.Simulation.HodgkinHuxley;

namespace ElectroTutor.Simulation.Tests.HodgkinHuxley;

public class VoltageClampStepTest
{
    private static readonly HodgkinHuxleyVoltageClamp Squid = new(HodgkinHuxleyParameters.SquidAxon);

    [Theory]
    [InlineData(-65, 0, 6.3)]
    [InlineData(-65, -30, 6.3)]
    [InlineData(-90, 20, 18.5)]
    public void Gates_match_a_numerical_solution_of_the_gate_equations_to_1e_minus_9(double holdingMv, double testMv, double temperatureCelsius)
    {
        var step = new HodgkinHuxleyVoltageClamp(HodgkinHuxleyParameters.SquidAxon with { TemperatureCelsius = temperatureCelsius }).Step(holdingMv, testMv);
        var phi = Math.Pow(3, (temperatureCelsius - 6.3) / 10);
        double Steady(double a, double b) => a / (a + b);
        double m = Steady(ReferenceHodgkinHuxley.AlphaM(holdingMv), ReferenceHodgkinHuxley.BetaM(holdingMv));
        double h = Steady(ReferenceHodgkinHuxley.AlphaH(holdingMv), ReferenceHodgkinHuxley.BetaH(holdingMv));
        double n = Steady(ReferenceHodgkinHuxley.AlphaN(holdingMv), ReferenceHodgkinHuxley.BetaN(holdingMv));

        // RK4 of dx/dt = φ(α(1 − x) − βx) at the test potential, Δt = 1e−4 ms, to 3 ms.
        const double Dt = 1e-4;
        double Rk4(double x, double a, double b)
        {
            double F(double y) => phi * ((a * (1 - y)) - (b * y));
            var k1 = F(x);
            var k2 = F(x + (Dt / 2 * k1));
            var k3 = F(x + (Dt / 2 * k2));
            var k4 = F(x + (Dt * k3));
            return x + (Dt / 6 * (k1 + (2 * k2) + (2 * k3) + k4));
        }

        for (var k = 1; k <= 30_000; k++)
        {
            m = Rk4(m, ReferenceHodgkinHuxley.AlphaM(testMv), ReferenceHodgkinHuxley.BetaM(testMv));
            h = Rk4(h, ReferenceHodgkinHuxley.AlphaH(testMv), ReferenceHodgkinHuxley.BetaH(testMv));
            n = Rk4(n, ReferenceHodgkinHuxley.AlphaN(testMv), ReferenceHodgkinHuxley.BetaN(testMv));
            if (k % 5000 == 0)
            {
                var gates = step.GatesAt(k * Dt);
                Assert.Equal(m, gates.M, 1e-9 * m);
                Assert.Equal(h, gates.H, 1e-9 * h);
                Assert.Equal(n, gates.N, 1e-9 * n);
                Assert.Equal(120 * m * m * m * h * (testMv - 50), step.SodiumCurrentUaCm2(k * Dt), 1e-8 * Math.Abs(step.SodiumCurrentUaCm2(k * Dt)));
                Assert.Equal(36 * Math.Pow(n, 4) * (testMv + 77), step.PotassiumCurrentUaCm2(k * Dt), 1e-8 * Math.Abs(step.PotassiumCurrentUaCm2(k * Dt)));
            }
        }
    }

    [Fact]
    public void Step_to_0_mV_gives_a_transient_inward_Na_current_then_a_sustained_outward_K_current()
    {
        // From −65 to 0 mV at 6.3 °C: I_Na peaks at −1457 µA/cm² after 0.618 ms, and I_K reaches ≈ 1879 µA/cm² by 10 ms
        // (g_K ≈ 24.4 mS/cm²). Hodgkin & Huxley's 1952 records show peak Na⁺ currents of order 1 mA/cm² at ~0.5 ms and
        // K⁺ conductances of 20–30 mS/cm² for depolarisations of this size.
        var step = Squid.Step(-65, 0);
        var peak = step.PeakSodiumCurrent(10);
        Assert.Equal(-1456.84, peak.CurrentUaCm2, 0.01);
        Assert.Equal(0.6176, peak.TimeMs, 1e-4);
        Assert.Equal(1879.03, step.PotassiumCurrentUaCm2(10), 0.01);
        Assert.InRange(step.PotassiumConductanceMsCm2(10), 20, 30);

        // The refined time beats a 1e−5 ms grid search of the same exact curve.
        var grid = Enumerable.Range(0, 200_000).Select(i => i * 1e-5).MaxBy(t => -step.SodiumCurrentUaCm2(t));
        Assert.Equal(grid, peak.TimeMs, 1e-5);
        Assert.True(-step.SodiumCurrentUaCm2(peak.TimeMs) >= -step.SodiumCurrentUaCm2(grid));
    }

    [Fact]
    public void Peak_Na_current_reverses_above_E_Na_and_gets_faster_with_depolarisation()
    {
        var below = Squid.Step(-65, 40).PeakSodiumCurrent(10);
        var above = Squid.Step(-65, 60).PeakSodiumCurrent(10);
        Assert.True(below.CurrentUaCm2 < 0);
        Assert.True(above.CurrentUaCm2 > 0);
        Assert.True(above.TimeMs < below.TimeMs);
        Assert.Equal(0, Squid.Step(-65, 50).PeakSodiumCurrent(10).CurrentUaCm2);
    }

    [Fact]
    public void TTX_removes_the_Na_current_and_TEA_the_K_current()
    {
        var ttx = new HodgkinHuxleyVoltageClamp(HodgkinHuxleyParameters.SquidAxon with { SodiumBlockFraction = 1 }).Step(-65, 0);
        var tea = new HodgkinHuxleyVoltageClamp(HodgkinHuxleyParameters.SquidAxon with { PotassiumBlockFraction = 1 }).Step(-65, 0);
        Assert.Equal(0, ttx.PeakSodiumCurrent(10).CurrentUaCm2);
        Assert.Equal(1879.03, ttx.PotassiumCurrentUaCm2(10), 0.01);
        Assert.Equal(0, tea.PotassiumCurrentUaCm2(10));
        Assert.Equal(-1456.84, tea.PeakSodiumCurrent(10).CurrentUaCm2, 0.01);
    }

    [Fact]
    public void Hyperpolarising_steps_peak_at_the_start_and_short_steps_at_their_end()
    {
        Assert.Equal(0, Squid.Step(-65, -100).PeakSodiumCurrent(5).TimeMs);
        Assert.Equal(0.2, Squid.Step(-65, 0).PeakSodiumCurrent(0.2).TimeMs, 1e-12);
    }
}
