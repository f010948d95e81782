using System.Text.RegularExpressions;

namespace ElectroTutor.Tutoring.Answers;

/// <summary>
/// Removes the words around an answer that carry no value: hedges ("about", "I think it's", "~", "≈"), a variable
/// name ("V = ", "E_K =", "Vm="), closing punctuation, and turns "minus"/"negative" into a sign.
/// </summary>
internal static partial class AnswerHedges
{
    /// <summary>Strips hedges, variable names and closing punctuation from normalized text.</summary>
    public static string Strip(string text)
    {
        var previous = string.Empty;
        var current = text;
        while (!string.Equals(previous, current, StringComparison.Ordinal))
        {
            previous = current;
            current = LeadingHedge().Replace(current, string.Empty);
            current = VariablePrefix().Replace(current, string.Empty);
            current = TrailingHedge().Replace(current, string.Empty);
            current = current.Trim();
        }

        return SignWord().Replace(current, m => m.Groups["minus"].Success ? "-" : "+");
    }

    [GeneratedRegex(
        @"^(?:(?:i\s+(?:think|guess|believe|reckon)|maybe|probably|perhaps|so|well|ok(?:ay)?|hmm+|it'?s|it\s+is|that'?s|"
        + @"(?:the\s+|my\s+)?(?:final\s+)?answer(?:\s+is)?|ans|result|"
        + @"approx(?:imately|\.)?|about|around|roughly|circa|ca\.|nearly|almost|close\s+to|equals?|is|"
        + @"should\s+be|would\s+be|must\s+be)\b\.?|[~≈≃∼=:])\s*,?\s*",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex LeadingHedge();

    [GeneratedRegex(
        @"^[A-Za-z](?:_?\{?[A-Za-z0-9+\-]{0,8}\}?)?(?:\s*\([^()]{0,12}\))?\s*(?:=|≈|≃|:|\bis\b)\s*",
        RegexOptions.CultureInvariant, 1000)]
    private static partial Regex VariablePrefix();

    [GeneratedRegex(
        @"(?:\s*,?\s*(?:i\s+think|i\s+guess|i\s+believe|approx(?:imately|\.)?|roughly|or\s+so|more\s+or\s+less))?\s*[.!?…]*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex TrailingHedge();

    [GeneratedRegex(@"\b(?:(?<minus>minus|negative)|plus|positive)\b\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex SignWord();
}
