using ElectroTutor.Simulation.Electrochemistry;

namespace ElectroTutor.Simulation.Tests.Electrochemistry;

public class NernstPotentialTest
{
    // Mammalian skeletal muscle values (Hille, Ion Channels of Excitable Membranes, 3rd ed., Table 1.1 style):
    // K+ 4 out / 155 in gives about -98 mV at 37 °C; RT/F at 37 °C is 26.727 mV (CODATA 2018 R and F, T = 310.15 K).
    [Fact]
    public void Potassium_in_mammalian_muscle_is_about_minus_98_mV_at_37_C()
    {
        var e = NernstPotential.EquilibriumPotentialMv(Ion.Potassium, 4, 155, 37);
        Assert.Equal(26.7267 * Math.Log(4.0 / 155.0), e, 0.001);
        Assert.InRange(e, -98.0, -97.5);
    }

    [Fact]
    public void Potassium_5_out_140_in_at_37_C_is_minus_89_point_06_mV()
    {
        Assert.Equal(-89.06, NernstPotential.EquilibriumPotentialMv(Ion.Potassium, 5, 140, 37), 0.01);
    }

    [Fact]
    public void Sixty_one_point_five_four_mV_per_decade_at_37_C_for_a_monovalent_cation()
    {
        var perDecade = NernstPotential.EquilibriumPotentialMv(1, 10, 1, 37);
        Assert.Equal(61.54, perDecade, 0.005);
    }

    [Fact]
    public void Divalent_ion_halves_the_potential_and_anion_flips_its_sign()
    {
        var monovalent = NernstPotential.EquilibriumPotentialMv(1, 2, 0.0001, 37);
        Assert.Equal(monovalent / 2, NernstPotential.EquilibriumPotentialMv(Ion.Calcium, 2, 0.0001, 37), 1e-9);
        Assert.Equal(-monovalent, NernstPotential.EquilibriumPotentialMv(-1, 2, 0.0001, 37), 1e-9);
    }

    [Fact]
    public void Equal_concentrations_give_zero_at_any_temperature()
    {
        Assert.Equal(0, NernstPotential.EquilibriumPotentialMv(Ion.Sodium, 100, 100, 6.3), 12);
    }

    [Theory]
    [InlineData(0, 10, 37)]
    [InlineData(10, -1, 37)]
    [InlineData(10, double.NaN, 37)]
    [InlineData(10, 10, -300)]
    public void Rejects_impossible_inputs(double outsideMm, double insideMm, double temperatureCelsius)
    {
        Assert.ThrowsAny<ArgumentException>(() => NernstPotential.EquilibriumPotentialMv(Ion.Potassium, outsideMm, insideMm, temperatureCelsius));
    }
}
