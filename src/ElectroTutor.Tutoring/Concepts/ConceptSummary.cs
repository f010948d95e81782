namespace ElectroTutor.Tutoring.Concepts;

/// <summary>Finds a note's first sentence, the part a chat shows first.</summary>
internal static class ConceptSummary
{
    // Abbreviations whose full stop does not end a sentence.
    private static readonly string[] Abbreviations = ["e.g", "i.e", "approx", "vs", "cf", "etc"];

    /// <summary>
    /// The text up to the first '.', '!' or '?' that is followed by white space and then a capital letter, a digit or
    /// the end, or up to the first blank line, whichever comes first. Decimal points and common abbreviations do not end
    /// a sentence.
    /// </summary>
    public static string FirstSentence(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var text = body.Trim();
        var paragraphEnd = text.IndexOf("\n\n", StringComparison.Ordinal);
        if (paragraphEnd >= 0)
        {
            text = text[..paragraphEnd];
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is not ('.' or '!' or '?') || !EndsSentence(text, i))
            {
                continue;
            }

            return text[..(i + 1)].ReplaceLineEndings(" ");
        }

        return text.ReplaceLineEndings(" ");
    }

    private static bool EndsSentence(string text, int index)
    {
        if (index + 1 < text.Length && !char.IsWhiteSpace(text[index + 1]))
        {
            return false;
        }

        var next = text.AsSpan(index + 1).TrimStart();
        if (next.Length > 0 && !char.IsUpper(next[0]) && !char.IsDigit(next[0]))
        {
            return false;
        }

        var before = text.AsSpan(0, index);
        foreach (var abbreviation in Abbreviations)
        {
            if (before.EndsWith(abbreviation, StringComparison.OrdinalIgnoreCase)
                && (before.Length == abbreviation.Length || !char.IsLetter(before[before.Length - abbreviation.Length - 1])))
            {
                return false;
            }
        }

        return true;
    }
}
