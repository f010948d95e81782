using ElectroTutor.Simulation.Electrochemistry;

namespace ElectroTutor.Simulation.Tests.Electrochemistry;

public class IonConcentrationsTest
{
    [Theory]
    [InlineData(0, "potassiumOutsideMm")]
    [InlineData(-1, "potassiumOutsideMm")]
    [InlineData(double.NaN, "potassiumOutsideMm")]
    [InlineData(double.PositiveInfinity, "potassiumOutsideMm")]
    public void Rejects_concentrations_that_are_not_positive_and_finite(double value, string parameter)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new IonConcentrations(value, 140, 145, 12, 110, 10));
        Assert.Equal(parameter, error.ParamName);
        Assert.Contains("above 0 mM", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_side_of_every_ion_is_checked()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new IonConcentrations(5, 140, 145, 12, 110, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new IonConcentrations(5, 140, 145, -12, 110, 10));
    }

    [Fact]
    public void With_replaces_only_the_named_ion_and_side()
    {
        var before = IonConcentrations.MammalianNeuron;
        var after = before.With(Ion.Sodium, MembraneSide.Inside, 30);
        Assert.Equal(30, after.SodiumInsideMm);
        Assert.Equal(new IonConcentrations(5, 140, 145, 30, 110, 10), after);
        Assert.Equal(12, before.ConcentrationMm(Ion.Sodium, MembraneSide.Inside));
        Assert.Equal(110, after.ConcentrationMm(Ion.Chloride, MembraneSide.Outside));
    }

    [Fact]
    public void Ions_outside_the_GHK_trio_are_rejected_with_a_reason()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(
            () => IonConcentrations.MammalianNeuron.With(Ion.Calcium, MembraneSide.Outside, 2));
        Assert.Contains("Only K⁺, Na⁺ and Cl⁻", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(
            () => IonConcentrations.MammalianNeuron.With(Ion.Potassium, MembraneSide.Outside, 0));
    }
}
