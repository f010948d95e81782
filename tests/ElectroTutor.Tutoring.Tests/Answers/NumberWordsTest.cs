using ElectroTutor.Tutoring.Answers;

namespace ElectroTutor.Tutoring.Tests.Answers;

public class NumberWordsTest
{
    [Theory]
    [InlineData("sixty-five", "65")]
    [InlineData("Sixty Five millivolts", "65 millivolts")]
    [InlineData("minus eighty-nine", "minus 89")]
    [InlineData("one hundred", "100")]
    [InlineData("hundred", "100")]
    [InlineData("one hundred and twenty", "120")]
    [InlineData("three thousand four hundred", "3400")]
    [InlineData("nineteen", "19")]
    [InlineData("forty two", "42")]
    [InlineData("fourty two", "42")]
    [InlineData("three to two", "3 to 2")]
    [InlineData("five sixty", "five sixty")]
    [InlineData("sixty seventy", "sixty seventy")]
    [InlineData("twenty twelve", "twenty twelve")]
    [InlineData("one two", "one two")]
    [InlineData("someone", "someone")]
    [InlineData("often", "often")]
    [InlineData("-65 mV", "-65 mV")]
    [InlineData("sixty one point five", "61.5")]
    [InlineData("minus sixty-one point five millivolts", "minus 61.5 millivolts")]
    [InlineData("zero point zero six five", "0.065")]
    [InlineData("three point one four", "3.14")]
    [InlineData("five sixty point two", "five sixty point two")]
    public void Replace_turns_well_formed_number_words_into_digits(string text, string expected) =>
        Assert.Equal(expected, NumberWords.Replace(text));
}
