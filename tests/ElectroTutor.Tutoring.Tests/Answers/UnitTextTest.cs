using ElectroTutor.Tutoring.Answers;

namespace ElectroTutor.Tutoring.Tests.Answers;

public class UnitTextTest
{
    [Theory]
    [InlineData("µA/cm²", "µA/cm^2")]
    [InlineData("μA / cm2", "µA/cm^2")]
    [InlineData("µA cm⁻²", "µA·cm^-2")]
    [InlineData("µA⋅cm^(-2)", "µA·cm^-2")]
    [InlineData("m.s-1", "m·s^-1")]
    [InlineData("m * s ^ -1", "m·s^-1")]
    [InlineData("° C", "°C")]
    [InlineData("℃", "°C")]
    [InlineData("deg C", "deg·C")]
    [InlineData("mV", "mV")]
    public void SymbolKey_folds_spelling_variants(string text, string key) =>
        Assert.Equal(key, UnitText.SymbolKey(text));

    [Theory]
    [InlineData(" Degrees  Celsius. ", "degrees celsius")]
    [InlineData("MILLIVOLTS", "millivolts")]
    public void NameKey_ignores_case_spacing_and_a_full_stop(string text, string key) =>
        Assert.Equal(key, UnitText.NameKey(text));
}
