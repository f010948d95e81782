using ElectroTutor.Tutoring.Answers;

namespace ElectroTutor.Tutoring.Tests.Answers;

/// <summary>Assertions shared by the answer tests: exact value (to 1e-12 relative), unit symbol and figures.</summary>
internal static class ParseAssert
{
    public static void Accepted(string input, double value, string unit, int? figures)
    {
        var result = AnswerParser.Parse(input);
        Assert.True(result.IsSuccess, $"'{input}' was rejected: {result.Failure} {result.Message}");
        Close(value, result.Value);
        Assert.Equal(unit, result.Unit?.Symbol ?? string.Empty);
        if (figures is not null)
        {
            Assert.Equal(figures, result.SignificantFigures);
        }
    }

    public static void Close(double expected, double actual)
    {
        var scale = Math.Max(Math.Abs(expected), 1e-300);
        Assert.True(Math.Abs(expected - actual) <= 1e-12 * scale, $"expected {expected:R}, got {actual:R}");
    }
}
