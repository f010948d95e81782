using System.Globalization;
using System.Text;

namespace ElectroTutor.Tutoring.Conversation;

/// <summary>Cleans what a learner typed before the tutor reads it.</summary>
public static class InputText
{
    /// <summary>The longest message the tutor reads; the rest is ignored and the learner told so.</summary>
    public const int MaximumLength = 2000;

    /// <summary>
    /// Removes control and format characters (keeping emoji and every script), folds runs of white space to one
    /// space, trims, and cuts the text at <see cref="MaximumLength"/> characters without splitting a surrogate pair.
    /// </summary>
    public static string Clean(string? text, out bool truncated)
    {
        truncated = false;
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var cleaned = new StringBuilder(Math.Min(text.Length, MaximumLength + 1));
        var pendingSpace = false;
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsWhiteSpace(rune) || Rune.IsControl(rune))
            {
                pendingSpace = cleaned.Length > 0;
                continue;
            }

            if (Rune.GetUnicodeCategory(rune) == UnicodeCategory.Format && rune.Value != 0x200D)
            {
                continue;
            }

            if (cleaned.Length + (pendingSpace ? 1 : 0) + rune.Utf16SequenceLength > MaximumLength)
            {
                truncated = true;
                break;
            }

            if (pendingSpace)
            {
                cleaned.Append(' ');
                pendingSpace = false;
            }

            cleaned.Append(rune.ToString());
        }

        return cleaned.ToString();
    }
}
