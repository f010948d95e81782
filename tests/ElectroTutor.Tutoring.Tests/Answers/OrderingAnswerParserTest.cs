using ElectroTutor.Tutoring.Answers;

namespace ElectroTutor.Tutoring.Tests.Answers;

public class OrderingAnswerParserTest
{
    private static readonly OrderingAnswerParser FourSteps = new(4);
    private static readonly int[] Cadb = [2, 0, 3, 1];

    [Theory]
    [InlineData("C, A, D, B")]
    [InlineData("C,A,D,B")]
    [InlineData("CADB")]
    [InlineData("cadb")]
    [InlineData("c a d b")]
    [InlineData("C-A-D-B")]
    [InlineData("C > A > D > B")]
    [InlineData("C → A → D → B")]
    [InlineData("C; A; D; B")]
    [InlineData("C then A then D then B")]
    [InlineData("(C) (A) (D) (B)")]
    [InlineData("3 1 4 2")]
    [InlineData("3, 1, 4, 2")]
    [InlineData("3142")]
    [InlineData("3-1-4-2")]
    [InlineData("answer: C, A, D, B.")]
    [InlineData("I think C A D B")]
    public void Parse_reads_a_permutation(string input)
    {
        var result = FourSteps.Parse(input);
        Assert.True(result.IsSuccess, result.Message);
        Assert.Equal(Cadb, result.Order);
        Assert.True(result.Matches(Cadb));
        Assert.False(result.Matches([0, 1, 2, 3]));
    }

    [Theory]
    [InlineData("", ChoiceParseFailure.Empty, "all 4 items")]
    [InlineData("C, A, C, B", ChoiceParseFailure.Repeated, "C more than once")]
    [InlineData("CACB", ChoiceParseFailure.Repeated, "C more than once")]
    [InlineData("3 1 3 2", ChoiceParseFailure.Repeated, "3 more than once")]
    [InlineData("C, A, D", ChoiceParseFailure.Missing, "left out B")]
    [InlineData("CA", ChoiceParseFailure.Missing, "left out B, D")]
    [InlineData("3 1 4", ChoiceParseFailure.Missing, "left out 2")]
    [InlineData("C, A, D, E", ChoiceParseFailure.UnknownOption, "no item E")]
    [InlineData("3 1 5 2", ChoiceParseFailure.UnknownOption, "no item 5")]
    [InlineData("0 1 2 3", ChoiceParseFailure.UnknownOption, "no item 0")]
    [InlineData("C, 1, D, B", ChoiceParseFailure.NoMatch, "letter only")]
    [InlineData("sodium first", ChoiceParseFailure.NoMatch, "letter only")]
    [InlineData("C, A, D, B\u0007", ChoiceParseFailure.Unreadable, "A, B, C, D")]
    public void Parse_names_repeated_missing_and_unknown_items(string input, ChoiceParseFailure failure, string phrase)
    {
        var result = FourSteps.Parse(input);
        Assert.False(result.IsSuccess);
        Assert.Equal(failure, result.Failure);
        Assert.Empty(result.Order);
        Assert.Contains(phrase, result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_reads_two_digit_numbers_when_items_exceed_nine()
    {
        var parser = new OrderingAnswerParser(10);
        var result = parser.Parse("10 9 8 7 6 5 4 3 2 1");
        Assert.True(result.IsSuccess, result.Message);
        Assert.Equal([9, 8, 7, 6, 5, 4, 3, 2, 1, 0], result.Order);
    }

    [Fact]
    public void Constructor_rejects_fewer_than_two_items() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new OrderingAnswerParser(1));
}
