using ElectroTutor.Simulation.Electrochemistry;
using ElectroTutor.Simulation.Pump;

namespace ElectroTutor.Simulation.Tests.Pump;

public partial class SodiumPotassiumPumpTest
{
    private static readonly IonConcentrations Neuron = IonConcentrations.MammalianNeuron;

    [Theory]
    [InlineData(1, 0.04, 37)]
    [InlineData(1, 0.2, 20)]
    [InlineData(0.3, 1, 6.3)]
    public void Coupling_ratio_1_is_GHK_without_chloride(double pK, double pNa, double temperatureC)
    {
        Assert.Equal(
            GoldmanHodgkinKatz.RestingPotentialMv(Neuron, new RelativePermeabilities(pK, pNa, 0), temperatureC),
            SodiumPotassiumPump.SteadyStatePotentialMv(Neuron, pK, pNa, 1, temperatureC),
            1e-9);
    }

    // Mammalian neuron (Purves et al., Table 2.1), pNa/pK = 0.04 (Hodgkin & Katz 1949), 37 °C. Python:
    // r = 1: 26.7267 * ln(10.8 / 140.48) = -68.568 mV; r = 1.5: 26.7267 * ln(13.3 / 210.48) = -73.809 mV.
    [Fact]
    public void Three_to_two_coupling_hyperpolarizes_a_neuron_by_about_5_mV()
    {
        var neutral = SodiumPotassiumPump.SteadyStatePotentialMv(Neuron, 1, 0.04, 1, 37);
        var electrogenic = SodiumPotassiumPump.SteadyStatePotentialMv(Neuron, 1, 0.04, SodiumPotassiumPump.DefaultCouplingRatio, 37);
        Assert.Equal(-68.568, neutral, 0.001);
        Assert.Equal(-73.809, electrogenic, 0.001);
        Assert.Equal(-5.241, electrogenic - neutral, 0.001);
    }

    [Fact]
    public void Large_coupling_ratio_approaches_the_potassium_Nernst_potential()
    {
        var ek = NernstPotential.EquilibriumPotentialMv(Ion.Potassium, 5, 140, 37);
        var v = SodiumPotassiumPump.SteadyStatePotentialMv(Neuron, 1, 0.04, 1e9, 37);
        Assert.Equal(ek, v, 1e-6);
    }

    [Theory]
    [InlineData(1, 0.04, 0)]
    [InlineData(1, 0.04, double.NaN)]
    [InlineData(0, 0, 1.5)]
    [InlineData(-1, 0.04, 1.5)]
    public void Rejects_impossible_steady_state_inputs(double pK, double pNa, double couplingRatio)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SodiumPotassiumPump.SteadyStatePotentialMv(Neuron, pK, pNa, couplingRatio, 37));
    }
}
