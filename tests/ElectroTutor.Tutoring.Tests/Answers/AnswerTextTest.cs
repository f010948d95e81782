using ElectroTutor.Tutoring.Answers;

namespace ElectroTutor.Tutoring.Tests.Answers;

public class AnswerTextTest
{
    [Theory]
    [InlineData("\u221265 mV", "-65 mV")]
    [InlineData("\u201365", "-65")]
    [InlineData("6.5×10⁻²", "6.5·10^-2")]
    [InlineData("6.5*10**-2", "6.5·10^-2")]
    [InlineData("65\u2009000", "65000")]
    [InlineData("65\u00A0mV", "65 mV")]
    [InlineData("1\u202F234\u202F567", "1234567")]
    [InlineData("12\u20093", "12 3")]
    [InlineData("  a \t b\n ", "a b")]
    [InlineData("it’s", "it's")]
    [InlineData("６５", "65")]
    [InlineData("٦٥", "65")]
    [InlineData("-6\u200B5", "-65")]
    [InlineData("mmol·L⁻¹", "mmol·L^-1")]
    public void Normalize_folds_unicode_variants(string text, string expected) =>
        Assert.Equal(expected, AnswerText.Normalize(text));

    [Theory]
    [InlineData("-65 mV", false)]
    [InlineData("-65\tmV\r\n", false)]
    [InlineData("😀", false)]
    [InlineData("-6\u200D5", false)]
    [InlineData("\u0000", true)]
    [InlineData("\u001F", true)]
    [InlineData("\u0085", true)]
    [InlineData("\u202E", true)]
    [InlineData("\u2067", true)]
    [InlineData("\uFFFD", true)]
    public void HasForbiddenCharacter_flags_what_no_keyboard_sends(string text, bool forbidden) =>
        Assert.Equal(forbidden, AnswerText.HasForbiddenCharacter(text));

    [Theory]
    [InlineData("**-65 mV**", "-65 mV")]
    [InlineData(" ( -65 mV ) ", "-65 mV")]
    [InlineData("'3:2'", "3:2")]
    [InlineData("(3)(2)", "(3)(2)")]
    [InlineData("**-65 mV", "**-65 mV")]
    [InlineData("*", "*")]
    [InlineData("-65 (mV)", "-65 (mV)")]
    public void Unwrap_removes_only_wrappers_around_the_whole_answer(string text, string expected) =>
        Assert.Equal(expected, AnswerText.Unwrap(text));
}
