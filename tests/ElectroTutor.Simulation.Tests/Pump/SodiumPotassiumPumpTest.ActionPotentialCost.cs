using ElectroTutor.Simulation.Pump;

namespace ElectroTutor.Simulation.Tests.Pump;

public partial class SodiumPotassiumPumpTest
{
    // Keynes & Lewis (1951, J. Physiol. 114:151) measured about 3.5 pmol/cm² of Na+ entering per impulse in giant
    // axons; 3.5 pmol × F = 337.699 nC. Over 1 cm² the pump needs 3.5 / 3 = 1.16667 pmol ATP.
    [Fact]
    public void Squid_sodium_entry_of_3_5_pmol_per_cm2_costs_1_17_pmol_ATP_per_cm2()
    {
        var chargeNcPerCm2 = 3.5e-12 * PhysicalConstants.FaradayCPerMol * 1e9;
        Assert.Equal(337.699, chargeNcPerCm2, 0.001);
        var cost = SodiumPotassiumPump.ActionPotentialCost(chargeNcPerCm2, 1);
        Assert.Equal(3.5, cost.SodiumEnteredPmolPerCm2, 12);
        Assert.Equal(3.5, cost.SodiumEnteredPmol, 12);
        Assert.Equal(3.5 / 3, cost.AtpPmol, 12);
    }

    // A 1 cm length of a 500 µm squid axon has π · 0.05 cm · 1 cm = 0.15708 cm²; at 3.5 pmol/cm² that is
    // 0.549779 pmol Na+, 3.31084e11 ions and 1.10361e11 ATP molecules (Python).
    [Fact]
    public void One_centimetre_of_squid_axon_uses_about_1_1e11_ATP_per_impulse()
    {
        var cost = SodiumPotassiumPump.ActionPotentialCost(3.5e-12 * PhysicalConstants.FaradayCPerMol * 1e9, Math.PI * 0.05);
        Assert.Equal(0.549779, cost.SodiumEnteredPmol, 6);
        Assert.Equal(1.10361e11, cost.AtpMolecules, 1e6);
    }

    // Attwell & Laughlin (2001, J. Cereb. Blood Flow Metab. 21:1133) estimated 1.15e9 Na+ per action potential in
    // a cortical neuron and hence 3.84e8 ATP. Feeding in 1.152e9 elementary charges over 1 cm² reproduces it.
    [Fact]
    public void Attwell_Laughlin_sodium_load_gives_3_84e8_ATP()
    {
        var chargeNcPerCm2 = 1.152e9 * PhysicalConstants.ElementaryChargeC * 1e9;
        var cost = SodiumPotassiumPump.ActionPotentialCost(chargeNcPerCm2, 1);
        Assert.Equal(1.152e9, cost.SodiumIonsEntered, 1e-3);
        Assert.Equal(3.84e8, cost.AtpMolecules, 1e-3);
    }

    [Theory]
    [InlineData(-1, 1)]
    [InlineData(350, -1)]
    [InlineData(double.NaN, 1)]
    public void Rejects_negative_or_non_finite_charge_and_area(double chargeNcPerCm2, double areaCm2)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SodiumPotassiumPump.ActionPotentialCost(chargeNcPerCm2, areaCm2));
    }
}
