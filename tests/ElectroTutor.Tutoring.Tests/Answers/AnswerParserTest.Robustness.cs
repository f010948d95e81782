using System.Text;
using ElectroTutor.Tutoring.Answers;

namespace ElectroTutor.Tutoring.Tests.Answers;

/// <summary>Odd input of every kind yields a result value, never an exception, and never a grade of correct by accident.</summary>
public partial class AnswerParserTest
{
    [Fact]
    public void Parse_never_throws_on_random_unicode()
    {
        var random = new Random(20261121);
        var key = new NumericAnswerKey(-65, UnitCatalog.Millivolt, Tolerance.Absolute(0.5));
        for (var i = 0; i < 5000; i++)
        {
            var text = RandomText(random, random.Next(0, 40));
            var result = AnswerParser.Parse(text);
            Assert.Equal(result.IsSuccess, result.Failure == AnswerParseFailure.None);
            Assert.True(result.IsSuccess ? double.IsFinite(result.Value) : result.Message.Length > 0, text);
            var check = AnswerCheck.Check(result, key);
            Assert.False(string.IsNullOrEmpty(check.Feedback));
        }
    }

    [Fact]
    public void Parse_never_throws_on_random_answer_like_text()
    {
        // Shuffles of the characters answers are made of reach the parser's corners faster than arbitrary Unicode.
        const string alphabet = "0123456789-+.,eE×x^·*/: %°CKmMuµVvsSLl⁻²¹ ()=~≈\u2212\u2009\u00A0";
        var random = new Random(65);
        for (var i = 0; i < 20000; i++)
        {
            var builder = new StringBuilder();
            var length = random.Next(1, 16);
            for (var j = 0; j < length; j++)
            {
                builder.Append(alphabet[random.Next(alphabet.Length)]);
            }

            var result = AnswerParser.Parse(builder.ToString());
            Assert.True(result.IsSuccess ? double.IsFinite(result.Value) : result.Message.Length > 0, builder.ToString());
        }
    }

    [Theory]
    [InlineData(1_000)]
    [InlineData(10_000)]
    [InlineData(100_000)]
    public void Parse_refuses_very_long_text_quickly(int length)
    {
        var text = new string('9', length);
        Assert.Equal(AnswerParseFailure.TooLong, AnswerParser.Parse(text).Failure);
        Assert.Equal(AnswerParseFailure.TooLong, AnswerParser.Parse(string.Concat(Enumerable.Repeat("−6.5×10⁻² V ", length / 12))).Failure);
    }

    [Fact]
    public void Parse_reads_the_longest_allowed_answer()
    {
        var padded = new string(' ', 90) + "-65 mV" + new string(' ', 90);
        Assert.True(AnswerParser.Parse(padded).IsSuccess);
        Assert.Equal(AnswerParseFailure.TooLong, AnswerParser.Parse("-65 mV" + new string('x', 195)).Failure);
    }

    [Fact]
    public void Parse_rejects_every_control_character()
    {
        for (var c = '\0'; c < ' '; c++)
        {
            if (c is '\t' or '\n' or '\r')
            {
                Assert.True(AnswerParser.Parse($"-65{c}mV").IsSuccess);
                continue;
            }

            Assert.Equal(AnswerParseFailure.InvalidCharacters, AnswerParser.Parse($"-65{c} mV").Failure);
        }
    }

    [Fact]
    public void Parse_handles_deep_repetition_without_backtracking_blowups()
    {
        var text = string.Concat(Enumerable.Repeat("1,", 99)) + "!";
        var result = AnswerParser.Parse(text);
        Assert.False(result.IsSuccess);
    }

    private static string RandomText(Random random, int length)
    {
        var builder = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            var plane = random.Next(4);
            int codePoint = plane switch
            {
                0 => random.Next(0x20, 0x7F),
                1 => random.Next(0xA0, 0x3000),
                2 => random.Next(0x1F300, 0x1FAFF),
                _ => random.Next(0, 0x20),
            };
            builder.Append(char.ConvertFromUtf32(codePoint));
        }

        return builder.ToString();
    }
}
