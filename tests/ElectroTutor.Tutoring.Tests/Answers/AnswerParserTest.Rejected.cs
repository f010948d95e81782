using ElectroTutor.Tutoring.Answers;

namespace ElectroTutor.Tutoring.Tests.Answers;

/// <summary>Forms that must fail as values with a specific reason and a message, never an exception.</summary>
public partial class AnswerParserTest
{
    [Theory]
    // Nothing at all.
    [InlineData("", AnswerParseFailure.Empty)]
    [InlineData("   ", AnswerParseFailure.Empty)]
    [InlineData("\t\n", AnswerParseFailure.Empty)]
    [InlineData("\u00A0", AnswerParseFailure.Empty)]
    // No number.
    [InlineData("mV", AnswerParseFailure.NoNumber)]
    [InlineData("millivolts", AnswerParseFailure.NoNumber)]
    [InlineData("°C", AnswerParseFailure.NoNumber)]
    [InlineData("mM", AnswerParseFailure.NoNumber)]
    [InlineData("I don't know", AnswerParseFailure.NoNumber)]
    [InlineData("idk", AnswerParseFailure.NoNumber)]
    [InlineData("negative", AnswerParseFailure.NoNumber)]
    [InlineData("minus", AnswerParseFailure.NoNumber)]
    [InlineData("-", AnswerParseFailure.NoNumber)]
    [InlineData("?", AnswerParseFailure.NoNumber)]
    [InlineData("...", AnswerParseFailure.NoNumber)]
    [InlineData("😀", AnswerParseFailure.NoNumber)]
    [InlineData("🤷‍♀️", AnswerParseFailure.NoNumber)]
    [InlineData("e", AnswerParseFailure.NoNumber)]
    [InlineData("x10^", AnswerParseFailure.NoNumber)]
    [InlineData("about", AnswerParseFailure.NoNumber)]
    [InlineData("V =", AnswerParseFailure.NoNumber)]
    [InlineData("the resting potential", AnswerParseFailure.NoNumber)]
    // Not finite.
    [InlineData("NaN", AnswerParseFailure.NotFinite)]
    [InlineData("nan", AnswerParseFailure.NotFinite)]
    [InlineData("Infinity", AnswerParseFailure.NotFinite)]
    [InlineData("-Infinity", AnswerParseFailure.NotFinite)]
    [InlineData("inf", AnswerParseFailure.NotFinite)]
    [InlineData("∞", AnswerParseFailure.NotFinite)]
    [InlineData("-∞ mV", AnswerParseFailure.NotFinite)]
    [InlineData("1e999", AnswerParseFailure.NotFinite)]
    [InlineData("-1e999 mV", AnswerParseFailure.NotFinite)]
    [InlineData("1e-999", AnswerParseFailure.NotFinite)]
    [InlineData("6.5×10^999", AnswerParseFailure.NotFinite)]
    [InlineData("1e99999999999", AnswerParseFailure.NotFinite)]
    [InlineData("10^400", AnswerParseFailure.NotFinite)]
    // Two different numbers, ranges and lists.
    [InlineData("-65 or -70", AnswerParseFailure.Ambiguous)]
    [InlineData("-65 or -70 mV", AnswerParseFailure.Ambiguous)]
    [InlineData("-65 mV or -70 mV", AnswerParseFailure.Ambiguous)]
    [InlineData("between 60 and 70", AnswerParseFailure.Ambiguous)]
    [InlineData("between 60 and 70 mV", AnswerParseFailure.Ambiguous)]
    [InlineData("60-70 mV", AnswerParseFailure.Ambiguous)]
    [InlineData("60 - 70", AnswerParseFailure.Ambiguous)]
    [InlineData("60 to 70 mV", AnswerParseFailure.Ambiguous)]
    [InlineData("from 60 to 70", AnswerParseFailure.Ambiguous)]
    [InlineData("I think it's 65 not 70", AnswerParseFailure.Ambiguous)]
    [InlineData("65, 70", AnswerParseFailure.Ambiguous)]
    [InlineData("65 70", AnswerParseFailure.Ambiguous)]
    [InlineData("-65 mV = -0.075 V", AnswerParseFailure.Ambiguous)]
    [InlineData("-65 mV = -65 V", AnswerParseFailure.Ambiguous)]
    [InlineData("37 °C = 300.0 K", AnswerParseFailure.Ambiguous)]
    [InlineData("-65 mV, -70 mV, -75 mV", AnswerParseFailure.Ambiguous)]
    [InlineData("1 2 3", AnswerParseFailure.Ambiguous)]
    [InlineData("-65±2 mV", AnswerParseFailure.Ambiguous)]
    [InlineData("-65 ± 2 mV", AnswerParseFailure.Ambiguous)]
    [InlineData("6.5 10^1", AnswerParseFailure.Ambiguous)]
    [InlineData("50 1/s", AnswerParseFailure.Ambiguous)]
    [InlineData("1/2 mV", AnswerParseFailure.Ambiguous)]
    [InlineData("-65 mV = -0.065", AnswerParseFailure.Ambiguous)]
    [InlineData("-65 = -65", AnswerParseFailure.Ambiguous)]
    // A comma that may group thousands or mark decimals.
    [InlineData("1,000", AnswerParseFailure.Ambiguous)]
    [InlineData("-65,000 µV", AnswerParseFailure.Ambiguous)]
    [InlineData("2,500 mM", AnswerParseFailure.Ambiguous)]
    [InlineData("999,999", AnswerParseFailure.Ambiguous)]
    // Malformed numbers and stray text.
    [InlineData("--65", AnswerParseFailure.Unparseable)]
    [InlineData("+-65", AnswerParseFailure.Unparseable)]
    [InlineData("1.2.3", AnswerParseFailure.Unparseable)]
    [InlineData("1,2,3", AnswerParseFailure.Unparseable)]
    [InlineData("1,00.5", AnswerParseFailure.Unparseable)]
    [InlineData("1.000.5", AnswerParseFailure.Unparseable)]
    [InlineData("12,34,567", AnswerParseFailure.Unparseable)]
    [InlineData("1.5.000,3", AnswerParseFailure.Unparseable)]
    [InlineData("-65 mV because sodium ions leak in slowly", AnswerParseFailure.Unparseable)]
    [InlineData("-65 mV (resting)", AnswerParseFailure.Unparseable)]
    [InlineData("-65 mV at rest", AnswerParseFailure.Unparseable)]
    [InlineData("the potential is -65 mV at rest", AnswerParseFailure.Unparseable)]
    [InlineData("five sixty", AnswerParseFailure.NoNumber)]
    [InlineData("3:0", AnswerParseFailure.Unparseable)]
    [InlineData("1/0", AnswerParseFailure.Unparseable)]
    [InlineData("-3:2", AnswerParseFailure.Unparseable)]
    [InlineData("2^3", AnswerParseFailure.UnknownUnit)]
    // Unknown or ambiguous units, including the "0 with stray units" exploit.
    [InlineData("0 m/A", AnswerParseFailure.UnknownUnit)]
    [InlineData("0 xyz", AnswerParseFailure.UnknownUnit)]
    [InlineData("0 Tm/A", AnswerParseFailure.UnknownUnit)]
    [InlineData("-65 mVs", AnswerParseFailure.UnknownUnit)]
    [InlineData("-65 mmV", AnswerParseFailure.UnknownUnit)]
    [InlineData("-65 bananas", AnswerParseFailure.UnknownUnit)]
    [InlineData("10 MM", AnswerParseFailure.UnknownUnit)]
    [InlineData("10 Mm", AnswerParseFailure.UnknownUnit)]
    [InlineData("37 °", AnswerParseFailure.UnknownUnit)]
    [InlineData("37 degrees", AnswerParseFailure.UnknownUnit)]
    [InlineData("37 F", AnswerParseFailure.UnknownUnit)]
    [InlineData("-65 😀", AnswerParseFailure.UnknownUnit)]
    [InlineData("-65 mV😀", AnswerParseFailure.UnknownUnit)]
    [InlineData("5 S", AnswerParseFailure.UnknownUnit)]
    [InlineData("65 m/V", AnswerParseFailure.UnknownUnit)]
    [InlineData("10 mol", AnswerParseFailure.UnknownUnit)]
    // Characters that no keyboard sends.
    [InlineData("-65\u0000 mV", AnswerParseFailure.InvalidCharacters)]
    [InlineData("-65\u0007", AnswerParseFailure.InvalidCharacters)]
    [InlineData("\u001B[31m-65", AnswerParseFailure.InvalidCharacters)]
    [InlineData("\u202E56-", AnswerParseFailure.InvalidCharacters)]
    [InlineData("-65\u2066 mV", AnswerParseFailure.InvalidCharacters)]
    [InlineData("-65 \uFFFD mV", AnswerParseFailure.InvalidCharacters)]
    [InlineData("-65\u007F", AnswerParseFailure.InvalidCharacters)]
    public void Parse_rejects_with_a_reason(string input, AnswerParseFailure failure)
    {
        var result = AnswerParser.Parse(input);
        Assert.False(result.IsSuccess, $"'{input}' was accepted as {result.NormalizedText}");
        Assert.Equal(failure, result.Failure);
        Assert.False(string.IsNullOrWhiteSpace(result.Message));
        Assert.Equal(0, result.Value);
        Assert.Null(result.Unit);
        Assert.Equal(string.Empty, result.NormalizedText);
    }

    [Fact]
    public void Parse_rejects_lone_surrogates()
    {
        // Attribute strings cannot carry lone surrogates, so these are built at run time.
        Assert.Equal(AnswerParseFailure.InvalidCharacters, AnswerParser.Parse("-65" + (char)0xD800 + " mV").Failure);
        Assert.Equal(AnswerParseFailure.InvalidCharacters, AnswerParser.Parse((char)0xDC00 + "-65").Failure);
        Assert.Equal(AnswerParseFailure.InvalidCharacters, AnswerParser.Parse("-65 " + (char)0xDBFF).Failure);
    }

    [Fact]
    public void Parse_treats_null_as_empty() => Assert.Equal(AnswerParseFailure.Empty, AnswerParser.Parse(null).Failure);

    [Fact]
    public void Parse_refuses_text_longer_than_an_answer()
    {
        Assert.Equal(AnswerParseFailure.TooLong, AnswerParser.Parse(new string('6', 201)).Failure);
        Assert.Equal(AnswerParseFailure.TooLong, AnswerParser.Parse("-65 mV " + new string('!', 10_000)).Failure);
        Assert.Equal(AnswerParseFailure.TooLong, AnswerParser.Parse(string.Concat(Enumerable.Repeat("-65 mV ", 1500))).Failure);
    }

    [Theory]
    [InlineData("mV", "mV")]
    [InlineData("1,000", "1000")]
    [InlineData("-65 or -70", "-65")]
    [InlineData("10 MM", "mM")]
    [InlineData("-65 bananas", "bananas")]
    [InlineData("37 °", "°C")]
    [InlineData("-65 mV (resting)", "(resting)")]
    [InlineData("-65 mV = -0.075 V", "different values")]
    public void Parse_failure_messages_name_the_problem(string input, string mentioned) =>
        Assert.Contains(mentioned, AnswerParser.Parse(input).Message, StringComparison.Ordinal);
}
