using ElectroTutor.Tutoring.Answers;

namespace ElectroTutor.Tutoring.Tests.Answers;

public class AnswerHedgesTest
{
    [Theory]
    [InlineData("about -65 mV", "-65 mV")]
    [InlineData("I think it's about -65 mV.", "-65 mV")]
    [InlineData("~ -65", "-65")]
    [InlineData("≈-65", "-65")]
    [InlineData("V_m = -65 mV", "-65 mV")]
    [InlineData("E_{Cl} = -70 mV", "-70 mV")]
    [InlineData("minus 65", "-65")]
    [InlineData("negative 65", "-65")]
    [InlineData("plus 65", "+65")]
    [InlineData("-65 mV, I think", "-65 mV")]
    [InlineData("-65 mV!!", "-65 mV")]
    [InlineData("-65 mV…", "-65 mV")]
    [InlineData("not -65", "not -65")]
    [InlineData("between 60 and 70", "between 60 and 70")]
    [InlineData("-65 mV because", "-65 mV because")]
    public void Strip_removes_only_words_without_value(string text, string expected) =>
        Assert.Equal(expected, AnswerHedges.Strip(text));
}
