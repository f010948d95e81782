using ElectroTutor.Tutoring.Answers;

namespace ElectroTutor.Tutoring.Tests.Answers;

public class SuperscriptsTest
{
    [Theory]
    [InlineData("10⁻²", "10^-2")]
    [InlineData("10^⁻²", "10^-2")]
    [InlineData("cm²", "cm^2")]
    [InlineData("s⁻¹", "s^-1")]
    [InlineData("10⁺¹⁰", "10^+10")]
    [InlineData("10³⁴⁵⁶⁷⁸⁹⁰", "10^34567890")]
    [InlineData("Ca²⁺", "Ca^2+")]
    [InlineData("m² s⁻¹", "m^2 s^-1")]
    [InlineData("plain", "plain")]
    public void ToCaret_writes_superscript_runs_as_powers(string text, string expected) =>
        Assert.Equal(expected, Superscripts.ToCaret(text));
}
