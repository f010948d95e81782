using ElectroTutor.Simulation.Electrochemistry;
using ElectroTutor.Simulation.Pump;

namespace ElectroTutor.Simulation.Tests.Pump;

public partial class SodiumPotassiumPumpTest
{
    // Mammalian neuron (Purves et al., Table 2.1) at -70 mV and 37 °C. Python, term by term:
    // 3·[RT ln(145/12) − F·Vm] + 2·[RT ln(140/5) + F·Vm] = 43.217 kJ/mol.
    [Fact]
    public void A_neuron_cycle_at_minus_70_mV_needs_about_43_kJ_per_mol()
    {
        Assert.Equal(43.217, SodiumPotassiumPump.CycleFreeEnergyKjPerMol(Neuron, -70, 37), 0.001);
    }

    // Mammalian skeletal muscle (Hille, Table 1.1: Na 145/12, K 4/155 mM) at -90 mV, 37 °C: Python 46.822 kJ/mol.
    [Fact]
    public void A_muscle_cycle_at_minus_90_mV_needs_about_47_kJ_per_mol()
    {
        var muscle = new IonConcentrations(4, 155, 145, 12, 123, 4.2);
        Assert.Equal(46.822, SodiumPotassiumPump.CycleFreeEnergyKjPerMol(muscle, -90, 37), 0.001);
    }

    [Fact]
    public void Without_gradients_only_the_one_net_charge_costs_energy()
    {
        // Identity: with equal concentrations ΔG = −F·Vm; at −70 mV that is +6.754 kJ/mol.
        var flat = new IonConcentrations(100, 100, 100, 100, 100, 100);
        Assert.Equal(0, SodiumPotassiumPump.CycleFreeEnergyKjPerMol(flat, 0, 37), 12);
        Assert.Equal(PhysicalConstants.FaradayCPerMol * 0.070 / 1000, SodiumPotassiumPump.CycleFreeEnergyKjPerMol(flat, -70, 37), 9);
    }

    [Fact]
    public void Typical_ATP_leaves_a_margin_of_about_9_kJ_per_mol_in_a_neuron()
    {
        // -(-52 + 43.217) = 8.783 kJ/mol: the pump runs, but not far from equilibrium.
        var cycle = SodiumPotassiumPump.CycleFreeEnergyKjPerMol(Neuron, -70, 37);
        var margin = SodiumPotassiumPump.FreeEnergyMarginKjPerMol(cycle, SodiumPotassiumPump.TypicalAtpFreeEnergyKjPerMol);
        Assert.Equal(8.783, margin, 0.001);
        Assert.True(SodiumPotassiumPump.FreeEnergyMarginKjPerMol(cycle, -40) < 0, "A weak ATP supply cannot drive the pump.");
    }

    [Fact]
    public void Rejects_a_non_negative_ATP_free_energy_and_a_non_finite_potential()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => SodiumPotassiumPump.FreeEnergyMarginKjPerMol(43, 52));
        Assert.Contains("negative", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => SodiumPotassiumPump.FreeEnergyMarginKjPerMol(double.NaN, -52));
        Assert.Throws<ArgumentOutOfRangeException>(() => SodiumPotassiumPump.CycleFreeEnergyKjPerMol(Neuron, double.NaN, 37));
    }
}
