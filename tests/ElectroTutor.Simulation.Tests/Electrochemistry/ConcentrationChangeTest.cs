using ElectroTutor.Simulation.Electrochemistry;

namespace ElectroTutor.Simulation.Tests.Electrochemistry;

public class ConcentrationChangeTest
{
    private static readonly IonConcentrations NeuronAt4MmPotassium =
        IonConcentrations.MammalianNeuron.With(Ion.Potassium, MembraneSide.Outside, 4);

    // "[K+]o rises from 4 to 10 mM": mammalian neuron (Purves et al., Table 2.1), Hodgkin-Katz ratios, 37 °C.
    // Python: before -69.133 mV, after -59.769 mV, difference +9.364 mV.
    [Fact]
    public void Raising_outside_potassium_from_4_to_10_mM_depolarizes_a_neuron_by_about_9_mV()
    {
        var change = ConcentrationChange.Predict(
            NeuronAt4MmPotassium, RelativePermeabilities.HodgkinKatzSquidAxon, 37, Ion.Potassium, MembraneSide.Outside, 10);
        Assert.Equal(-69.133, change.BeforeMv, 0.001);
        Assert.Equal(-59.769, change.AfterMv, 0.001);
        Assert.Equal(9.364, change.DifferenceMv, 0.001);
    }

    [Fact]
    public void With_only_potassium_permeant_the_shift_is_the_Nernst_shift()
    {
        // Analytic: (RT/F) ln(10/4) = 26.7267 mV * 0.91629 = 24.489 mV at 37 °C.
        var change = ConcentrationChange.Predict(
            NeuronAt4MmPotassium, new RelativePermeabilities(1, 0, 0), 37, Ion.Potassium, MembraneSide.Outside, 10);
        Assert.Equal(PhysicalConstants.ThermalVoltageMv(37) * Math.Log(10.0 / 4.0), change.DifferenceMv, 1e-9);
        Assert.Equal(24.489, change.DifferenceMv, 0.001);
    }

    [Fact]
    public void No_change_means_no_difference_and_inside_changes_work_too()
    {
        var same = ConcentrationChange.Predict(
            NeuronAt4MmPotassium, RelativePermeabilities.HodgkinKatzSquidAxon, 37, Ion.Sodium, MembraneSide.Inside, 12);
        Assert.Equal(0, same.DifferenceMv, 12);

        // More Na+ inside lowers the inward Na+ drive: the membrane hyperpolarizes.
        var loaded = ConcentrationChange.Predict(
            NeuronAt4MmPotassium, RelativePermeabilities.HodgkinKatzSquidAxon, 37, Ion.Sodium, MembraneSide.Inside, 40);
        Assert.True(loaded.DifferenceMv < 0);
    }

    [Fact]
    public void Rejects_an_impossible_new_concentration_or_ion()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ConcentrationChange.Predict(
            NeuronAt4MmPotassium, RelativePermeabilities.HodgkinKatzSquidAxon, 37, Ion.Potassium, MembraneSide.Outside, -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => ConcentrationChange.Predict(
            NeuronAt4MmPotassium, RelativePermeabilities.HodgkinKatzSquidAxon, 37, Ion.Magnesium, MembraneSide.Outside, 1));
    }
}
