using ElectroTutor.Tutoring.Answers;

namespace ElectroTutor.Tutoring.Tests.Answers;

public class ChoiceAnswerParserTest
{
    private static readonly ChoiceAnswerParser Ions = new(["Na⁺", "K⁺", "Cl⁻", "Ca²⁺"]);

    private static readonly ChoiceAnswerParser Pump = new(
        ["3 Na⁺ out, 2 K⁺ in", "2 Na⁺ out, 3 K⁺ in", "Voltage-gated sodium channel", "The Na⁺/K⁺-ATPase is electroneutral"],
        numbersShown: true);

    [Theory]
    [InlineData("a", 0)]
    [InlineData("b", 1)]
    [InlineData("B", 1)]
    [InlineData(" b ", 1)]
    [InlineData("(b)", 1)]
    [InlineData("b)", 1)]
    [InlineData("b.", 1)]
    [InlineData("[b]", 1)]
    [InlineData("option b", 1)]
    [InlineData("Option B", 1)]
    [InlineData("answer: B", 1)]
    [InlineData("Answer B", 1)]
    [InlineData("the answer is b", 1)]
    [InlineData("I think it's b", 1)]
    [InlineData("I'll go with B!", 1)]
    [InlineData("choice d", 3)]
    [InlineData("D", 3)]
    [InlineData("b b", 1)]
    [InlineData("K+", 1)]
    [InlineData("K⁺", 1)]
    [InlineData("k+", 1)]
    [InlineData("K +", 1)]
    [InlineData("na+", 0)]
    [InlineData("Na⁺.", 0)]
    [InlineData("cl-", 2)]
    [InlineData("Cl−", 2)]
    [InlineData("Cl\u207B", 2)]
    [InlineData("Ca2+", 3)]
    [InlineData("ca²⁺", 3)]
    [InlineData("b) K+", 1)]
    [InlineData("(c) Cl-", 2)]
    [InlineData("it's K+", 1)]
    [InlineData("the second one", 1)]
    [InlineData("First", 0)]
    [InlineData("the last option", 3)]
    [InlineData("third choice", 2)]
    public void Parse_reads_a_letter_or_the_option_text(string input, int index)
    {
        var result = Ions.Parse(input);
        Assert.True(result.IsSuccess, result.Message);
        Assert.Equal(index, result.Index);
        Assert.Equal((char)('a' + index), result.Letter);
        Assert.Equal(string.Empty, result.Message);
    }

    [Theory]
    [InlineData("2", 1)]
    [InlineData("(2)", 1)]
    [InlineData("2.", 1)]
    [InlineData("number 4", 3)]
    [InlineData("a", 0)]
    [InlineData("3 na+ out, 2 k+ in", 0)]
    [InlineData("3 Na+ out 2 K+ in", 0)]
    [InlineData("voltage gated sodium channel", 2)]
    [InlineData("Voltage-Gated Sodium Channel.", 2)]
    [InlineData("the Na+/K+ ATPase is electroneutral", 3)]
    public void Parse_reads_numbers_when_they_are_shown(string input, int index)
    {
        var result = Pump.Parse(input);
        Assert.True(result.IsSuccess, result.Message);
        Assert.Equal(index, result.Index);
    }

    [Theory]
    [InlineData("", ChoiceParseFailure.Empty, "a, b, c or d")]
    [InlineData("   ", ChoiceParseFailure.Empty, "a, b, c or d")]
    [InlineData("a or c", ChoiceParseFailure.Ambiguous, "just one")]
    [InlineData("a and c", ChoiceParseFailure.Ambiguous, "just one")]
    [InlineData("a, c", ChoiceParseFailure.Ambiguous, "just one")]
    [InlineData("a/b", ChoiceParseFailure.Ambiguous, "just one")]
    [InlineData("AB", ChoiceParseFailure.Ambiguous, "just one")]
    [InlineData("b c d", ChoiceParseFailure.Ambiguous, "just one")]
    [InlineData("b) Na+", ChoiceParseFailure.Ambiguous, "Which did you mean")]
    [InlineData("e", ChoiceParseFailure.UnknownOption, "no option e")]
    [InlineData("(Z)", ChoiceParseFailure.UnknownOption, "a, b, c or d")]
    [InlineData("option f", ChoiceParseFailure.UnknownOption, "no option f")]
    [InlineData("2", ChoiceParseFailure.NoMatch, "lettered")]
    [InlineData("Mg2+", ChoiceParseFailure.NoMatch, "a, b, c or d")]
    [InlineData("potassium, I think, because it leaks", ChoiceParseFailure.NoMatch, "a, b, c or d")]
    [InlineData("😀", ChoiceParseFailure.NoMatch, "a, b, c or d")]
    [InlineData("b\u0000", ChoiceParseFailure.Unreadable, "a, b, c or d")]
    [InlineData("the fifth one", ChoiceParseFailure.UnknownOption, "only 4 options")]
    [InlineData("not b", ChoiceParseFailure.NoMatch, "a, b, c or d")]
    [InlineData("b is wrong", ChoiceParseFailure.NoMatch, "a, b, c or d")]
    [InlineData("not the second one", ChoiceParseFailure.NoMatch, "a, b, c or d")]
    public void Parse_explains_what_it_cannot_read(string input, ChoiceParseFailure failure, string phrase)
    {
        var result = Ions.Parse(input);
        Assert.False(result.IsSuccess);
        Assert.Equal(failure, result.Failure);
        Assert.Equal(-1, result.Index);
        Assert.Null(result.Letter);
        Assert.Contains(phrase, result.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("5", ChoiceParseFailure.UnknownOption, "1, 2, 3 or 4")]
    [InlineData("0", ChoiceParseFailure.UnknownOption, "no option 0")]
    [InlineData("e", ChoiceParseFailure.UnknownOption, "no option e")]
    [InlineData("1 or 2", ChoiceParseFailure.NoMatch, "1, 2, 3 or 4")]
    public void Parse_names_valid_numbers(string input, ChoiceParseFailure failure, string phrase)
    {
        var result = Pump.Parse(input);
        Assert.Equal(failure, result.Failure);
        Assert.Contains(phrase, result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_refuses_text_longer_than_an_answer() =>
        Assert.Equal(ChoiceParseFailure.Unreadable, Ions.Parse(new string('b', 500)).Failure);

    [Fact]
    public void Parse_treats_duplicate_option_texts_as_ambiguous()
    {
        var parser = new ChoiceAnswerParser(["K+", "K⁺", "Na+"]);
        Assert.Equal(ChoiceParseFailure.Ambiguous, parser.Parse("K+").Failure);
        Assert.Equal(1, parser.Parse("b").Index);
    }

    [Fact]
    public void Parse_prefers_the_option_text_over_a_letter_when_an_option_is_one_letter()
    {
        var parser = new ChoiceAnswerParser(["B", "A"]);
        Assert.Equal(1, parser.Parse("a").Index);
    }

    [Fact]
    public void Constructor_rejects_no_options_or_too_many()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ChoiceAnswerParser([]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ChoiceAnswerParser([.. Enumerable.Range(0, 27).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))]));
    }

    [Fact]
    public void Parse_never_throws_on_random_text()
    {
        var random = new Random(4);
        for (var i = 0; i < 3000; i++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(0, 12)).Select(_ => (char)random.Next(0x20, 0x2FF))]);
            var result = Ions.Parse(text);
            Assert.Equal(result.IsSuccess, result.Index >= 0);
        }
    }
}
