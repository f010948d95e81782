using System.Text.RegularExpressions;

namespace ElectroTutor.Tutoring.Answers;

/// <summary>Strips the words around a choice: "I think it's", "option", "answer:", closing punctuation.</summary>
internal static partial class ChoiceHedges
{
    public static string Strip(string normalized)
    {
        var previous = string.Empty;
        var current = normalized;
        while (!string.Equals(previous, current, StringComparison.Ordinal))
        {
            previous = current;
            current = Leading().Replace(current, string.Empty);
            current = Trailing().Replace(current, string.Empty).Trim();
        }

        return current;
    }

    [GeneratedRegex(
        @"^(?:(?:i\s+(?:think|guess|believe|choose|pick|say)|i'?(?:ll|d)\s+(?:go\s+with|say|choose|pick)|maybe|probably|so|ok(?:ay)?|it'?s|it\s+is|"
        + @"(?:the\s+|my\s+)?(?:final\s+|correct\s+|right\s+)?(?:answer|option|choice|ans|letter|number)(?:\s+is)?)\b|[:=])\s*[:=]?\s*",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Leading();

    [GeneratedRegex(@"\s*[.!?…]+$", RegexOptions.None, 1000)]
    private static partial Regex Trailing();
}
