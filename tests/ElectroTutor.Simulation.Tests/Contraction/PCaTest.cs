using ElectroTutor.Simulation.Contraction;

namespace ElectroTutor.Simulation.Tests.Contraction;

public class PCaTest
{
    // Definition: pCa = −log10([Ca²⁺] / 1 M); 1 µM = 1e-6 M is pCa 6, 100 nM is pCa 7, 10 µM is pCa 5.
    [Theory]
    [InlineData(1.0, 6.0)]
    [InlineData(0.1, 7.0)]
    [InlineData(10.0, 5.0)]
    [InlineData(3.1622776601683795, 5.5)]
    public void Converts_micromolar_to_pCa_and_back(double calciumUm, double pCa)
    {
        Assert.Equal(pCa, PCa.FromCalciumUm(calciumUm), 12);
        Assert.Equal(calciumUm, PCa.ToCalciumUm(pCa), 12);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Rejects_concentrations_without_a_logarithm(double calciumUm)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PCa.FromCalciumUm(calciumUm));
    }

    [Fact]
    public void Rejects_a_non_finite_pCa()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PCa.ToCalciumUm(double.NaN));
    }
}
