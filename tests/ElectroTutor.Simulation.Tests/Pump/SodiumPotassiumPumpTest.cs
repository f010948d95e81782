using ElectroTutor.Simulation.Pump;

namespace ElectroTutor.Simulation.Tests.Pump;

public partial class SodiumPotassiumPumpTest
{
    [Fact]
    public void Stoichiometry_is_3_sodium_out_2_potassium_in_and_1_charge_out()
    {
        Assert.Equal(3, SodiumPotassiumPump.SodiumPerCycle);
        Assert.Equal(2, SodiumPotassiumPump.PotassiumPerCycle);
        Assert.Equal(1, SodiumPotassiumPump.NetChargesOutPerCycle);
    }

    // 1000 sites/µm² = 1e11 /cm²; at 30 /s that is 3e12 cycles/(cm²·s); times e = 1.602176634e-19 C gives
    // 4.80653e-7 A/cm² = 0.480653 µA/cm² (exact CODATA 2018 e).
    [Fact]
    public void Thousand_sites_per_um2_at_30_per_s_carry_0_48_uA_per_cm2()
    {
        Assert.Equal(0.480652990, SodiumPotassiumPump.CurrentDensityUaPerCm2(30, 1000), 9);
    }

    // 3e12 cycles/(cm²·s) / N_A = 4.98162 pmol/(cm²·s) of ATP; Na+ three times, K+ twice that (Python).
    [Fact]
    public void Fluxes_follow_the_stoichiometry()
    {
        var fluxes = SodiumPotassiumPump.Fluxes(30, 1000);
        Assert.Equal(4.981617, fluxes.AtpConsumptionPmolPerCm2PerS, 6);
        Assert.Equal(14.944852, fluxes.SodiumEffluxPmolPerCm2PerS, 6);
        Assert.Equal(9.963234, fluxes.PotassiumInfluxPmolPerCm2PerS, 6);
        Assert.Equal(SodiumPotassiumPump.CurrentDensityUaPerCm2(30, 1000), fluxes.CurrentDensityUaPerCm2);
    }

    [Fact]
    public void Current_is_the_net_charge_flux_times_Faraday()
    {
        // Identity: I = F · (J_Na − J_K); pmol/(cm²·s) · C/mol = 1e-12 A/cm² = 1e-6 µA/cm².
        var fluxes = SodiumPotassiumPump.Fluxes(17, 3500);
        var fromFluxes = (fluxes.SodiumEffluxPmolPerCm2PerS - fluxes.PotassiumInfluxPmolPerCm2PerS) * PhysicalConstants.FaradayCPerMol * 1e-6;
        Assert.Equal(fromFluxes, fluxes.CurrentDensityUaPerCm2, 12);
    }

    [Fact]
    public void No_pumps_or_no_turnover_means_no_current()
    {
        Assert.Equal(0, SodiumPotassiumPump.CurrentDensityUaPerCm2(0, 1000));
        Assert.Equal(0, SodiumPotassiumPump.Fluxes(30, 0).SodiumEffluxPmolPerCm2PerS);
    }

    [Theory]
    [InlineData(-1, 1000, "turnover rate")]
    [InlineData(30, double.NaN, "site density")]
    [InlineData(double.PositiveInfinity, 1000, "turnover rate")]
    public void Rejects_negative_or_non_finite_rates_and_densities(double turnoverPerS, double siteDensityPerUm2, string expected)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => SodiumPotassiumPump.Fluxes(turnoverPerS, siteDensityPerUm2));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
