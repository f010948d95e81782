using ElectroTutor.Simulation.Electrochemistry;
using ElectroTutor.Simulation.HodgkinHuxley;

namespace ElectroTutor.Simulation.Tests.HodgkinHuxley;

public class AxonConcentrationsTest
{
    [Fact]
    public void Squid_defaults_give_the_1952_reversal_potentials_exactly_at_6_3_C()
    {
        var squid = AxonConcentrations.SquidAxon;
        Assert.Equal(400, squid.PotassiumInsideMm);
        Assert.Equal(50, squid.SodiumInsideMm);
        Assert.Equal(-77.0, squid.PotassiumReversalMv(6.3), 1e-10);
        Assert.Equal(50.0, squid.SodiumReversalMv(6.3), 1e-10);

        // The derived sea-water side: [K]o = 400·exp(−77/24.08) ≈ 16.35 mM, [Na]o = 50·exp(50/24.08) ≈ 398.8 mM.
        Assert.Equal(16.345, squid.PotassiumOutsideMm, 0.001);
        Assert.Equal(398.75, squid.SodiumOutsideMm, 0.01);
    }

    [Fact]
    public void With_concentrations_recomputes_both_reversals_by_Nernst_at_the_parameter_temperature()
    {
        var warm = HodgkinHuxleyParameters.SquidAxon with { TemperatureCelsius = 18.5 };
        var highK = AxonConcentrations.SquidAxon with { PotassiumOutsideMm = 50 };
        var parameters = warm.WithConcentrations(highK);

        Assert.Equal(NernstPotential.EquilibriumPotentialMv(Ion.Potassium, 50, 400, 18.5), parameters.PotassiumReversalMv, 1e-12);
        Assert.Equal(NernstPotential.EquilibriumPotentialMv(Ion.Sodium, highK.SodiumOutsideMm, 50, 18.5), parameters.SodiumReversalMv, 1e-12);
        Assert.Equal(-54.387, parameters.LeakReversalMv);

        // Warmer by 12.2 K, the same gradients give proportionally larger potentials: 50·(291.65/279.45).
        Assert.Equal(50 * 291.65 / 279.45, warm.WithConcentrations(AxonConcentrations.SquidAxon).SodiumReversalMv, 1e-9);
    }

    [Fact]
    public void Rejects_non_positive_concentrations()
    {
        Assert.ThrowsAny<ArgumentException>(() => HodgkinHuxleyParameters.SquidAxon.WithConcentrations(AxonConcentrations.SquidAxon with { PotassiumOutsideMm = 0 }));
    }
}
