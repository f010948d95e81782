namespace ElectroTutor.Tutoring.Concepts;

/// <summary>
/// A light English stemmer for search: plurals, -ing, -ed, -ly, -ization/-ation, -ction, -ability, British -ise and
/// -aemia, and a final e. It only has to map a note's word and a learner's word to the same stem, not to a real word.
/// </summary>
internal static class ConceptStemmer
{
    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length <= 3 || word.Any(char.IsDigit))
        {
            return word;
        }

        var stem = Plural(word);
        stem = British(stem);
        stem = Derivation(stem);
        stem = Inflection(stem);
        return stem.Length >= 4 && stem[^1] == 'e' ? stem[..^1] : stem;
    }

    private static string British(string word)
    {
        if (word.Contains("aemia", StringComparison.Ordinal))
        {
            word = word.Replace("aemia", "emia", StringComparison.Ordinal);
        }

        if (word.EndsWith("bre", StringComparison.Ordinal) || word.EndsWith("tre", StringComparison.Ordinal))
        {
            return word[..^2] + "er";
        }

        foreach (var suffix in (string[])["isation", "ising", "ised", "ise"])
        {
            if (word.Length >= 7 && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                return word[..^suffix.Length] + "iz" + suffix[2..];
            }
        }

        return word;
    }

    private static string Plural(string word)
    {
        if (word.EndsWith("ies", StringComparison.Ordinal) && word.Length > 4)
        {
            return word[..^3] + "y";
        }

        if (word.EndsWith("sses", StringComparison.Ordinal))
        {
            return word[..^2];
        }

        var keep = word.EndsWith("ss", StringComparison.Ordinal) || word.EndsWith("us", StringComparison.Ordinal) || word.EndsWith("is", StringComparison.Ordinal);
        return word[^1] == 's' && !keep ? word[..^1] : word;
    }

    private static string Derivation(string word)
    {
        (string Suffix, string Replacement)[] rules =
        [
            ("ization", "ize"), ("ibility", "ible"), ("ability", "able"), ("xation", "x"), ("ation", "ate"), ("ction", "ct"), ("usion", "use"),
        ];
        foreach (var (suffix, replacement) in rules)
        {
            if (word.Length > suffix.Length + 2 && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                return word[..^suffix.Length] + replacement;
            }
        }

        return word;
    }

    private static string Inflection(string word)
    {
        foreach (var suffix in (string[])["ing", "ed"])
        {
            if (word.EndsWith(suffix, StringComparison.Ordinal))
            {
                var stem = word[..^suffix.Length];
                if (stem.Length >= 3 && stem.Any(IsVowel))
                {
                    return Undouble(stem);
                }
            }
        }

        return word.EndsWith("ly", StringComparison.Ordinal) && word.Length >= 6 ? word[..^2] : word;
    }

    // "stopped" → "stop", but "falling" → "fall" and "passing" → "pass".
    private static string Undouble(string stem) =>
        stem.Length >= 4 && stem[^1] == stem[^2] && !IsVowel(stem[^1]) && stem[^1] is not ('l' or 's' or 'z') ? stem[..^1] : stem;

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
}
