using ElectroTutor.Tutoring.Answers;

namespace ElectroTutor.Tutoring.Tests.Answers;

public class ToleranceTest
{
    [Theory]
    [InlineData(-65.5, -65, 0.5, true)]
    [InlineData(-64.5, -65, 0.5, true)]
    [InlineData(-65.51, -65, 0.5, false)]
    [InlineData(-65, -65, 0, true)]
    [InlineData(0.3, 0, 0.5, true)]
    [InlineData(-0.3, 0, 0.5, true)]
    [InlineData(37.4, 37, 0.5, true)]
    [InlineData(37.6, 37, 0.5, false)]
    public void Absolute_compares_differences(double answer, double expected, double amount, bool admitted) =>
        Assert.Equal(admitted, Tolerance.Absolute(amount).Admits(answer, expected));

    [Theory]
    [InlineData(10.1, 10, 0.01, true)]
    [InlineData(9.9, 10, 0.01, true)]
    [InlineData(10.11, 10, 0.01, false)]
    [InlineData(-65.65, -65, 0.01, true)]
    [InlineData(-65.66, -65, 0.01, false)]
    [InlineData(0, 0, 0.01, true)]
    [InlineData(1e-9, 0, 0.01, false)]
    public void Relative_scales_with_the_expected_value(double answer, double expected, double fraction, bool admitted) =>
        Assert.Equal(admitted, Tolerance.Relative(fraction).Admits(answer, expected));

    [Theory]
    [InlineData(-61.5, -61.54, 3, true)]
    [InlineData(-61.45, -61.54, 3, true)]
    [InlineData(-61.44, -61.54, 3, false)]
    [InlineData(-61.55, -61.54, 3, false)]
    [InlineData(61.55, 61.55, 3, true)]
    [InlineData(61.6, 61.55, 3, true)]
    [InlineData(0.0615, 0.06154, 3, true)]
    [InlineData(99.96, 99.95, 3, true)]
    [InlineData(100.0, 99.95, 3, true)]
    [InlineData(1.60e-19, 1.602176634e-19, 3, true)]
    [InlineData(1.61e-19, 1.602176634e-19, 3, false)]
    [InlineData(310, 310.15, 2, true)]
    [InlineData(0, 0, 2, true)]
    [InlineData(0.001, 0, 2, false)]
    public void SignificantFigures_compares_rounded_values(double answer, double expected, int figures, bool admitted) =>
        Assert.Equal(admitted, Tolerance.SignificantFigures(figures).Admits(answer, expected));

    [Fact]
    public void Factories_reject_meaningless_amounts()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Tolerance.Absolute(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Tolerance.Absolute(double.NaN));
        Assert.Throws<ArgumentOutOfRangeException>(() => Tolerance.Absolute(double.PositiveInfinity));
        Assert.Throws<ArgumentOutOfRangeException>(() => Tolerance.Relative(-0.01));
        Assert.Throws<ArgumentOutOfRangeException>(() => Tolerance.Relative(1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Tolerance.Relative(double.NaN));
        Assert.Throws<ArgumentOutOfRangeException>(() => Tolerance.SignificantFigures(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Tolerance.SignificantFigures(16));
    }

    [Fact]
    public void Kind_and_amount_are_kept()
    {
        Assert.Equal(ToleranceKind.Absolute, Tolerance.Absolute(0.5).Kind);
        Assert.Equal(0.01, Tolerance.Relative(0.01).Amount);
        Assert.Equal(3, Tolerance.SignificantFigures(3).Amount);
        Assert.Equal(Tolerance.Relative(0.01), Tolerance.Relative(0.01));
    }
}
