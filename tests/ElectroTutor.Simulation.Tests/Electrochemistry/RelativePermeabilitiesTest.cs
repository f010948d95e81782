using ElectroTutor.Simulation.Electrochemistry;

namespace ElectroTutor.Simulation.Tests.Electrochemistry;

public class RelativePermeabilitiesTest
{
    [Fact]
    public void Hodgkin_Katz_squid_ratios_are_1_to_0_04_to_0_45()
    {
        Assert.Equal(new RelativePermeabilities(1, 0.04, 0.45), RelativePermeabilities.HodgkinKatzSquidAxon);
    }

    [Theory]
    [InlineData(-0.1, 0.04, 0.45)]
    [InlineData(1, double.NaN, 0.45)]
    [InlineData(1, 0.04, double.PositiveInfinity)]
    public void Rejects_negative_or_non_finite_permeabilities(double pK, double pNa, double pCl)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new RelativePermeabilities(pK, pNa, pCl));
        Assert.Contains("at least 0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_a_membrane_permeable_to_nothing()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new RelativePermeabilities(0, 0, 0));
        Assert.Contains("At least one of pK, pNa and pCl", error.Message, StringComparison.Ordinal);
    }
}
