using ElectroTutor.Cli.Output;

namespace ElectroTutor.Cli.Tests.Output;

public class NumberFormatTest
{
    [Theory]
    [InlineData(-89.0586940367319, "\u221289.06")]
    [InlineData(66.6049, "66.6")]
    [InlineData(3, "3")]
    [InlineData(0, "0")]
    [InlineData(0.48065, "0.4807")]
    [InlineData(7.2817e11, "7.282 × 10^11")]
    [InlineData(-81830.4, "\u221281830")]
    [InlineData(-1.5e-5, "\u22121.5 × 10^-5")]
    public void Shows_four_significant_figures_with_a_real_minus_sign(double value, string expected)
    {
        Assert.Equal(expected, NumberFormat.ForPeople(value));
    }
}
