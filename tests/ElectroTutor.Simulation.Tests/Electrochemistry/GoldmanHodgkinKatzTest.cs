using ElectroTutor.Simulation.Electrochemistry;

namespace ElectroTutor.Simulation.Tests.Electrochemistry;

public class GoldmanHodgkinKatzTest
{
    private static readonly IonConcentrations Neuron = IonConcentrations.MammalianNeuron;

    // Squid giant axon, Kandel et al., Principles of Neural Science (5th ed.), Table 6-1: K 400 in / 20 out,
    // Na 50 / 440, Cl 52 / 560 mM, with Hodgkin & Katz's (1949) pK : pNa : pCl = 1 : 0.04 : 0.45. Kandel quotes about
    // -60 mV. Expected value computed independently in Python (R = 8.314462618, F = 96485.33212, T = 293.15 K):
    // 25.2617 mV * ln(61 / 654) = -59.927 mV.
    [Fact]
    public void Squid_axon_with_Hodgkin_Katz_ratios_is_about_minus_60_mV_at_20_C()
    {
        var v = GoldmanHodgkinKatz.RestingPotentialMv(
            IonConcentrations.SquidGiantAxon, RelativePermeabilities.HodgkinKatzSquidAxon, 20);
        Assert.Equal(-59.927, v, 0.001);
    }

    // Mammalian neuron, Purves et al., Neuroscience, Table 2.1 (K 5/140, Na 145/12, Cl 110/10 mM; Na and Cl inside
    // picked within the table's ranges), Hodgkin-Katz ratios, 37 °C. Python: 26.7267 mV * ln(15.3 / 189.98) = -67.326 mV.
    [Fact]
    public void Mammalian_neuron_rests_near_minus_67_mV_at_37_C()
    {
        var v = GoldmanHodgkinKatz.RestingPotentialMv(Neuron, RelativePermeabilities.HodgkinKatzSquidAxon, 37);
        Assert.Equal(-67.326, v, 0.001);
    }

    // Mammalian skeletal muscle, Hille, Ion Channels of Excitable Membranes (3rd ed.), Table 1.1: K 4/155, Na 145/12,
    // Cl 123/4.2 mM. With pNa/pK = 0.01 and chloride left out, Python gives -89.496 mV at 37 °C, near the -90 mV
    // measured in mammalian muscle fibres.
    [Fact]
    public void Mammalian_muscle_with_little_sodium_leak_rests_near_minus_90_mV()
    {
        var muscle = new IonConcentrations(4, 155, 145, 12, 123, 4.2);
        Assert.Equal(-89.496, GoldmanHodgkinKatz.RestingPotentialMv(muscle, new(1, 0.01, 0), 37), 0.001);
    }

    [Theory]
    [InlineData(1, 0, 0)]
    [InlineData(0, 1, 0)]
    [InlineData(0, 0, 1)]
    public void With_one_permeant_ion_it_is_that_ions_Nernst_potential(double pK, double pNa, double pCl)
    {
        var ion = pK > 0 ? Ion.Potassium : pNa > 0 ? Ion.Sodium : Ion.Chloride;
        var nernst = NernstPotential.EquilibriumPotentialMv(
            ion, Neuron.ConcentrationMm(ion, MembraneSide.Outside), Neuron.ConcentrationMm(ion, MembraneSide.Inside), 37);
        Assert.Equal(nernst, GoldmanHodgkinKatz.RestingPotentialMv(Neuron, new(pK, pNa, pCl), 37), 1e-9);
    }

    [Fact]
    public void Chloride_enters_with_inside_and_outside_swapped()
    {
        // For Cl- alone, swapping its concentrations is the same as flipping the sign of the potential, exactly as
        // the Nernst potential of a z = -1 ion is minus that of a z = +1 ion with the same concentrations.
        var chlorideOnly = new RelativePermeabilities(0, 0, 1);
        var swapped = Neuron.With(Ion.Chloride, MembraneSide.Outside, Neuron.ChlorideInsideMm)
            .With(Ion.Chloride, MembraneSide.Inside, Neuron.ChlorideOutsideMm);
        var v = GoldmanHodgkinKatz.RestingPotentialMv(Neuron, chlorideOnly, 37);
        Assert.Equal(26.7267 * Math.Log(10.0 / 110.0), v, 0.001);
        Assert.Equal(-v, GoldmanHodgkinKatz.RestingPotentialMv(swapped, chlorideOnly, 37), 1e-9);
    }

    [Theory]
    [InlineData(0.001)]
    [InlineData(2.5)]
    [InlineData(1000)]
    public void Scaling_every_permeability_leaves_the_potential_unchanged(double factor)
    {
        var scaled = new RelativePermeabilities(1 * factor, 0.04 * factor, 0.45 * factor);
        Assert.Equal(
            GoldmanHodgkinKatz.RestingPotentialMv(Neuron, RelativePermeabilities.HodgkinKatzSquidAxon, 37),
            GoldmanHodgkinKatz.RestingPotentialMv(Neuron, scaled, 37),
            1e-9);
    }

    [Fact]
    public void Lies_between_the_Nernst_potentials_of_the_permeant_ions()
    {
        var v = GoldmanHodgkinKatz.RestingPotentialMv(Neuron, RelativePermeabilities.HodgkinKatzSquidAxon, 37);
        var ek = NernstPotential.EquilibriumPotentialMv(Ion.Potassium, 5, 140, 37);
        var ena = NernstPotential.EquilibriumPotentialMv(Ion.Sodium, 145, 12, 37);
        Assert.InRange(v, ek, ena);
    }

    [Fact]
    public void Rejects_a_temperature_below_absolute_zero()
    {
        Assert.Throws<ArgumentOutOfRangeException>(
            () => GoldmanHodgkinKatz.RestingPotentialMv(Neuron, RelativePermeabilities.HodgkinKatzSquidAxon, -274));
    }
}
