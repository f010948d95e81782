using ElectroTutor.Tutoring.Answers;

namespace ElectroTutor.Tutoring.Tests.Answers;

/// <summary>Never a false accept: sign and scale slips stay wrong under generous tolerances, for every dimension.</summary>
public partial class AnswerCheckTest
{
    public static readonly TheoryData<string> Slips = new()
    {
        "65 mV", "+65 mV", "0.065 V", "-65 V", "-0.065 mV", "-65000 mV", "-65 µV", "-65 uV", "-65 kV", "-65 MV",
        "-0.000065 V", "-65e3 mV", "-6.5e-2 mV", "65", "-65000", "-0.065", "-6.5×10^-5 V",
    };

    [Theory]
    [MemberData(nameof(Slips))]
    public void Check_keeps_sign_and_scale_slips_wrong_under_a_generous_absolute_tolerance(string input)
    {
        var generous = new NumericAnswerKey(-65, UnitCatalog.Millivolt, Tolerance.Absolute(100));
        var result = AnswerCheck.Check(input, generous);
        Assert.Equal(AnswerVerdict.Incorrect, result.Verdict);
        Assert.False(result.IsCorrect);
    }

    [Theory]
    [MemberData(nameof(Slips))]
    public void Check_keeps_sign_and_scale_slips_wrong_under_a_generous_relative_tolerance(string input)
    {
        var generous = new NumericAnswerKey(-65, UnitCatalog.Millivolt, Tolerance.Relative(0.99));
        Assert.Equal(AnswerVerdict.Incorrect, AnswerCheck.Check(input, generous).Verdict);
    }

    [Theory]
    [MemberData(nameof(Slips))]
    public void Check_keeps_sign_and_scale_slips_wrong_under_a_one_figure_tolerance(string input)
    {
        var coarse = new NumericAnswerKey(-65, UnitCatalog.Millivolt, Tolerance.SignificantFigures(1));
        Assert.Equal(AnswerVerdict.Incorrect, AnswerCheck.Check(input, coarse).Verdict);
    }

    [Theory]
    [InlineData("-65 mV")]
    [InlineData("-100 mV")]
    [InlineData("-0.1 V")]
    [InlineData("-30 mV")]
    public void Check_still_accepts_what_a_generous_tolerance_allows(string input)
    {
        var generous = new NumericAnswerKey(-65, UnitCatalog.Millivolt, Tolerance.Absolute(100));
        Assert.Equal(AnswerVerdict.Correct, AnswerCheck.Check(input, generous).Verdict);
    }

    [Theory]
    [InlineData("10 M")]
    [InlineData("10 µM")]
    [InlineData("-10 mM")]
    [InlineData("0.01 mM")]
    [InlineData("10000 mM")]
    [InlineData("10 mV")]
    [InlineData("10 mm")]
    [InlineData("0 mM")]
    [InlineData("0 m/A")]
    [InlineData("10 or 20 mM")]
    public void Check_never_accepts_a_wrong_concentration_under_a_generous_tolerance(string input)
    {
        var generous = new NumericAnswerKey(10, UnitCatalog.Millimolar, Tolerance.Relative(0.9));
        Assert.False(AnswerCheck.Check(input, generous).IsCorrect);
    }

    [Theory]
    [InlineData("0 m/A")]
    [InlineData("0 Tm/A")]
    [InlineData("0 xyz")]
    [InlineData("0 mM")]
    [InlineData("0 kJ/mol")]
    [InlineData("0 %")]
    [InlineData("0 K")]
    [InlineData("0 m")]
    public void Check_never_accepts_zero_with_stray_units(string input)
    {
        foreach (var key in new[] { ZeroPotential, RestingPotential, Potassium, BodyTemperature, Conduction })
        {
            var result = AnswerCheck.Check(input, key);
            var sameDimension = result.LearnerUnit?.Dimension == key.Unit.Dimension;
            Assert.True(!result.IsCorrect || sameDimension, $"{input} accepted for {key.Value} {key.Unit}");
        }
    }

    [Fact]
    public void Check_with_a_zero_tolerance_accepts_only_the_exact_value()
    {
        var exact = new NumericAnswerKey(-65, UnitCatalog.Millivolt, Tolerance.Relative(0));
        Assert.Equal(AnswerVerdict.Correct, AnswerCheck.Check("-65 mV", exact).Verdict);
        Assert.Equal(AnswerVerdict.Correct, AnswerCheck.Check("-0.065 V", exact).Verdict);
        Assert.Equal(AnswerVerdict.Incorrect, AnswerCheck.Check("-65.01 mV", exact).Verdict);
    }

    [Fact]
    public void Check_rejects_an_infinite_key()
    {
        var key = new NumericAnswerKey(double.NaN, UnitCatalog.Millivolt, Tolerance.Absolute(1));
        Assert.Throws<ArgumentOutOfRangeException>(() => AnswerCheck.Check("-65 mV", key));
    }
}
