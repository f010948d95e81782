using ElectroTutor.Tutoring.Answers;

namespace ElectroTutor.Tutoring.Tests.Answers;

/// <summary>The separator rule for commas and points, and significant-figure counting.</summary>
public class NumberLiteralTest
{
    [Theory]
    [InlineData("65", null, 65, 2, "65")]
    [InlineData("65,0", null, 65, 3, "65.0")]
    [InlineData("0,065", null, 0.065, 2, "0.065")]
    [InlineData("1234,567", null, 1234.567, 7, "1234.567")]
    [InlineData("1,5", null, 1.5, 2, "1.5")]
    [InlineData("1,0000", null, 1, 5, "1.0000")]
    [InlineData("1.000", null, 1, 4, "1.000")]
    [InlineData("1,000,000", null, 1e6, 1, "1000000")]
    [InlineData("1.000.000", null, 1e6, 1, "1000000")]
    [InlineData("1,000.25", null, 1000.25, 6, "1000.25")]
    [InlineData("1.000,25", null, 1000.25, 6, "1000.25")]
    [InlineData("6.5", "1", 65, 2, "6.5e1")]
    [InlineData("6.5", "-2", 0.065, 2, "6.5e-2")]
    [InlineData("6.50", "+3", 6500, 3, "6.50e3")]
    [InlineData("0.00120", null, 0.0012, 3, "0.00120")]
    [InlineData("100", null, 100, 1, "100")]
    [InlineData("0", null, 0, 1, "0")]
    [InlineData("0.000", null, 0, 3, "0.000")]
    public void Read_accepts(string mantissa, string? exponent, double value, int figures, string text)
    {
        var (literal, failure, _) = NumberLiteral.Read(false, mantissa, exponent);
        Assert.Equal(AnswerParseFailure.None, failure);
        ParseAssert.Close(value, literal.Value);
        Assert.Equal(figures, literal.SignificantFigures);
        Assert.Equal(text, literal.Text);
    }

    [Theory]
    [InlineData("1,000", null, AnswerParseFailure.Ambiguous)]
    [InlineData("65,000", null, AnswerParseFailure.Ambiguous)]
    [InlineData("100,250", null, AnswerParseFailure.Ambiguous)]
    [InlineData("1,2,3", null, AnswerParseFailure.Unparseable)]
    [InlineData("1.2.3", null, AnswerParseFailure.Unparseable)]
    [InlineData("1,00.5", null, AnswerParseFailure.Unparseable)]
    [InlineData("1.5,000.3", null, AnswerParseFailure.Unparseable)]
    [InlineData("1,000,00", null, AnswerParseFailure.Unparseable)]
    [InlineData("1", "999", AnswerParseFailure.NotFinite)]
    [InlineData("1", "-999", AnswerParseFailure.NotFinite)]
    [InlineData("1", "401", AnswerParseFailure.NotFinite)]
    [InlineData("1", "99999999999999", AnswerParseFailure.NotFinite)]
    public void Read_refuses(string mantissa, string? exponent, AnswerParseFailure expected)
    {
        var (_, failure, message) = NumberLiteral.Read(false, mantissa, exponent);
        Assert.Equal(expected, failure);
        Assert.NotEmpty(message);
    }

    [Fact]
    public void Read_gives_positive_zero_for_minus_zero()
    {
        var (literal, _, _) = NumberLiteral.Read(true, "0", null);
        Assert.Equal(0, literal.Value);
        Assert.False(double.IsNegative(literal.Value));
    }
}
