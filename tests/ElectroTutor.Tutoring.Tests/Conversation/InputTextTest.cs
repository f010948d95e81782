using ElectroTutor.Tutoring.Conversation;

namespace ElectroTutor.Tutoring.Tests.Conversation;

public sealed class InputTextTest
{
    [Theory]
    [InlineData("  -89   mV \n", "-89 mV")]
    [InlineData("a\u0000b\u0007c", "a b c")]
    [InlineData("E\u200Bk", "Ek")]
    [InlineData("K⁺ 🧪", "K⁺ 🧪")]
    [InlineData(null, "")]
    public void Cleans_text(string? text, string expected)
    {
        Assert.Equal(expected, InputText.Clean(text, out var truncated));
        Assert.False(truncated);
    }

    [Fact]
    public void Cuts_long_text_without_splitting_a_surrogate_pair()
    {
        var text = new string('a', InputText.MaximumLength - 1) + "🧠🧠";
        var cleaned = InputText.Clean(text, out var truncated);
        Assert.True(truncated);
        Assert.Equal(InputText.MaximumLength - 1, cleaned.Length);
        Assert.False(char.IsHighSurrogate(cleaned[^1]));
    }
}
