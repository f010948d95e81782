using ElectroTutor.Tutoring.Answers;

namespace ElectroTutor.Tutoring.Tests.Answers;

/// <summary>Number forms: signs, separators, powers of ten, words, hedges and variable prefixes.</summary>
public partial class AnswerParserTest
{
    [Theory]
    // Plain numbers and signs.
    [InlineData("-65", -65, "", 2)]
    [InlineData("65", 65, "", 2)]
    [InlineData("+65", 65, "", 2)]
    [InlineData("- 65", -65, "", 2)]
    [InlineData("\u221265", -65, "", 2)]
    [InlineData("\u2212 65", -65, "", 2)]
    [InlineData("\u201365", -65, "", 2)]
    [InlineData("\u201265", -65, "", 2)]
    [InlineData("\uFE6365", -65, "", 2)]
    [InlineData("\uFF0D65", -65, "", 2)]
    [InlineData("\uFF0B65", 65, "", 2)]
    [InlineData("－６５", -65, "", 2)]
    [InlineData("-٦٥", -65, "", 2)]
    [InlineData("-६५.०", -65, "", 3)]
    [InlineData("0", 0, "", 1)]
    [InlineData("-0", 0, "", 1)]
    [InlineData("0.0", 0, "", 1)]
    [InlineData("0.00", 0, "", 2)]
    [InlineData("  -65  ", -65, "", 2)]
    [InlineData("\t-65\n", -65, "", 2)]
    // Decimal point and decimal comma.
    [InlineData("-65.0", -65, "", 3)]
    [InlineData("-65,0", -65, "", 3)]
    [InlineData("-65,03", -65.03, "", 4)]
    [InlineData("-61.5", -61.5, "", 3)]
    [InlineData("-61,5", -61.5, "", 3)]
    [InlineData("0.065", 0.065, "", 2)]
    [InlineData("0,065", 0.065, "", 2)]
    [InlineData("-0,065", -0.065, "", 2)]
    [InlineData(".5", 0.5, "", 1)]
    [InlineData("-.5", -0.5, "", 1)]
    [InlineData("0.50", 0.5, "", 2)]
    [InlineData("1.000", 1, "", 4)]
    [InlineData("1234,567", 1234.567, "", 7)]
    [InlineData("1,5", 1.5, "", 2)]
    [InlineData("1,50", 1.5, "", 3)]
    [InlineData("1,0000", 1, "", 5)]
    // Digit grouping.
    [InlineData("1,000,000", 1e6, "", 1)]
    [InlineData("1.000.000", 1e6, "", 1)]
    [InlineData("1,000.5", 1000.5, "", 5)]
    [InlineData("1.000,5", 1000.5, "", 5)]
    [InlineData("12,345.678", 12345.678, "", 8)]
    [InlineData("65\u2009000", 65000, "", 2)]
    [InlineData("65\u00A0000", 65000, "", 2)]
    [InlineData("65\u202F000", 65000, "", 2)]
    [InlineData("1\u2009234\u2009567", 1234567, "", 7)]
    [InlineData("-65\u2009000,5", -65000.5, "", 6)]
    // Significant figures of whole numbers: trailing zeros without a point do not count.
    [InlineData("65000", 65000, "", 2)]
    [InlineData("100", 100, "", 1)]
    [InlineData("101", 101, "", 3)]
    [InlineData("0.00120", 0.0012, "", 3)]
    [InlineData("-61.50", -61.5, "", 4)]
    [InlineData("3.14159265358979", 3.14159265358979, "", 15)]
    // E-notation.
    [InlineData("-6.5e1", -65, "", 2)]
    [InlineData("-6.5E1", -65, "", 2)]
    [InlineData("-6.5e+1", -65, "", 2)]
    [InlineData("6.5E-2", 0.065, "", 2)]
    [InlineData("6.5e-2", 0.065, "", 2)]
    [InlineData("-6.15E-2", -0.0615, "", 3)]
    [InlineData("1e-3", 0.001, "", 1)]
    [InlineData("-6,5e1", -65, "", 2)]
    [InlineData("6.50e1", 65, "", 3)]
    [InlineData("1e300", 1e300, "", 1)]
    [InlineData("6.5 E-02", 0.065, "", 2)]
    [InlineData("-6.5 e1", -65, "", 2)]
    // Times ten to the power.
    [InlineData("-6.5×10^1", -65, "", 2)]
    [InlineData("-6.5 × 10^1", -65, "", 2)]
    [InlineData("-6.5x10^1", -65, "", 2)]
    [InlineData("-6.5X10^1", -65, "", 2)]
    [InlineData("-6.5 x 10^1", -65, "", 2)]
    [InlineData("-6.5*10^1", -65, "", 2)]
    [InlineData("-6.5·10^1", -65, "", 2)]
    [InlineData("-6.5⋅10^1", -65, "", 2)]
    [InlineData("-6.5·10⁻²", -0.065, "", 2)]
    [InlineData("-6.5×10⁻²", -0.065, "", 2)]
    [InlineData("−6.5×10¹", -65, "", 2)]
    [InlineData("6.5×10^-2", 0.065, "", 2)]
    [InlineData("6.5×10^−2", 0.065, "", 2)]
    [InlineData("6.5×10^(-2)", 0.065, "", 2)]
    [InlineData("6.5 × 10 ^ -2", 0.065, "", 2)]
    [InlineData("6.5*10**-2", 0.065, "", 2)]
    [InlineData("6.5×10⁺¹", 65, "", 2)]
    [InlineData("1.60×10⁻¹⁹", 1.60e-19, "", 3)]
    [InlineData("10^-2", 0.01, "", 1)]
    [InlineData("10⁻²", 0.01, "", 1)]
    [InlineData("-10^3", -1000, "", 1)]
    // Words.
    [InlineData("minus 65", -65, "", 2)]
    [InlineData("Minus 65", -65, "", 2)]
    [InlineData("negative 65", -65, "", 2)]
    [InlineData("plus 65", 65, "", 2)]
    [InlineData("positive 65", 65, "", 2)]
    [InlineData("sixty-five", 65, "", 2)]
    [InlineData("sixty five", 65, "", 2)]
    [InlineData("minus sixty five", -65, "", 2)]
    [InlineData("minus sixty-five", -65, "", 2)]
    [InlineData("negative seventy", -70, "", 1)]
    [InlineData("zero", 0, "", 1)]
    [InlineData("twelve", 12, "", 2)]
    [InlineData("one hundred and five", 105, "", 3)]
    [InlineData("two thousand", 2000, "", 1)]
    [InlineData("Ninety", 90, "", 1)]
    [InlineData("minus sixty one point five", -61.5, "", 3)]
    [InlineData("about minus sixty-one point five", -61.5, "", 3)]
    [InlineData("zero point five", 0.5, "", 1)]
    // Hedges, variable names and closing punctuation.
    [InlineData("about -65", -65, "", 2)]
    [InlineData("About -65", -65, "", 2)]
    [InlineData("approx. -65", -65, "", 2)]
    [InlineData("approx -65", -65, "", 2)]
    [InlineData("approximately -65", -65, "", 2)]
    [InlineData("~-65", -65, "", 2)]
    [InlineData("~ -65", -65, "", 2)]
    [InlineData("≈ -65", -65, "", 2)]
    [InlineData("≈-65", -65, "", 2)]
    [InlineData("around -65", -65, "", 2)]
    [InlineData("roughly -65", -65, "", 2)]
    [InlineData("I think -65", -65, "", 2)]
    [InlineData("i think it's -65", -65, "", 2)]
    [InlineData("I think it’s about -65", -65, "", 2)]
    [InlineData("it's -65", -65, "", 2)]
    [InlineData("its -65", -65, "", 2)]
    [InlineData("it is -65", -65, "", 2)]
    [InlineData("= -65", -65, "", 2)]
    [InlineData("the answer is -65", -65, "", 2)]
    [InlineData("Answer: -65", -65, "", 2)]
    [InlineData("my final answer is -65", -65, "", 2)]
    [InlineData("-65.", -65, "", 2)]
    [InlineData("-65!", -65, "", 2)]
    [InlineData("-65?", -65, "", 2)]
    [InlineData("-65 approx.", -65, "", 2)]
    [InlineData("-65, I think", -65, "", 2)]
    [InlineData("-65 or so", -65, "", 2)]
    [InlineData("V = -65", -65, "", 2)]
    [InlineData("V=-65", -65, "", 2)]
    [InlineData("Vm = -65", -65, "", 2)]
    [InlineData("E_K = -89", -89, "", 2)]
    [InlineData("E_{K} = -89", -89, "", 2)]
    [InlineData("E_Na ≈ 60", 60, "", 1)]
    [InlineData("Vm is -65", -65, "", 2)]
    [InlineData("V_m(rest) = -65", -65, "", 2)]
    [InlineData("x: 12", 12, "", 2)]
    // Invisible characters pasted from documents are dropped.
    [InlineData("-6\u200B5", -65, "", 2)]
    [InlineData("\uFEFF-65", -65, "", 2)]
    [InlineData("-6\u00AD5", -65, "", 2)]
    public void Parse_accepts_number_forms(string input, double value, string unit, int figures) =>
        ParseAssert.Accepted(input, value, unit, figures);

    [Theory]
    [InlineData("3:2", 1.5, "3:2")]
    [InlineData("3 : 2", 1.5, "3:2")]
    [InlineData("3 to 2", 1.5, "3:2")]
    [InlineData("3 TO 2", 1.5, "3:2")]
    [InlineData("2:3", 2.0 / 3.0, "2:3")]
    [InlineData("1:1", 1, "1:1")]
    [InlineData("0.5:1", 0.5, "0.5:1")]
    [InlineData("1,5:1", 1.5, "1.5:1")]
    [InlineData("three to two", 1.5, "3:2")]
    [InlineData("ratio is 3:2", 1.5, "3:2")]
    public void Parse_reads_ratios_as_first_over_second(string input, double value, string normalized)
    {
        var result = AnswerParser.Parse(input);
        Assert.True(result.IsSuccess, result.Message);
        Assert.Equal(AnswerForm.Ratio, result.Form);
        ParseAssert.Close(value, result.Value);
        Assert.Equal(normalized, result.NormalizedText);
        Assert.Null(result.SignificantFigures);
        Assert.Null(result.Unit);
    }

    [Theory]
    [InlineData("3/2", 1.5, "3/2")]
    [InlineData("1/2", 0.5, "1/2")]
    [InlineData("1 / 2", 0.5, "1/2")]
    [InlineData("-1/2", -0.5, "-1/2")]
    [InlineData("1/3", 1.0 / 3.0, "1/3")]
    [InlineData("0.5/1", 0.5, "0.5/1")]
    public void Parse_reads_fractions_as_quotients(string input, double value, string normalized)
    {
        var result = AnswerParser.Parse(input);
        Assert.True(result.IsSuccess, result.Message);
        Assert.Equal(AnswerForm.Fraction, result.Form);
        ParseAssert.Close(value, result.Value);
        Assert.Equal(normalized, result.NormalizedText);
        Assert.Null(result.SignificantFigures);
    }

    [Theory]
    [InlineData("−6.5×10¹ millivolts", "-6.5e1 mV")]
    [InlineData("-65,0 mV", "-65.0 mV")]
    [InlineData("about −65 mV.", "-65 mV")]
    [InlineData("6.5E-2 V", "6.5e-2 V")]
    [InlineData("65\u2009000 µV", "65000 µV")]
    [InlineData("10⁻² M", "1e-2 M")]
    [InlineData("-65", "-65")]
    public void Parse_normalizes_the_text(string input, string normalized) =>
        Assert.Equal(normalized, AnswerParser.Parse(input).NormalizedText);
}
