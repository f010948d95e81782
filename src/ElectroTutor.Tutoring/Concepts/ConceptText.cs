using System.Text;

namespace ElectroTutor.Tutoring.Concepts;

/// <summary>
/// Turns note text and learners' questions into the same search terms, so that "K⁺", "K+", "k" and "potassium" meet,
/// and "depolarises", "depolarized" and "depolarization" meet: Unicode compatibility folding (superscripts, subscripts,
/// full-width letters), lower case, ion symbols and common abbreviations written out, stop words (including question
/// words) dropped, and a light stemmer.
/// </summary>
internal static class ConceptText
{
    // Ion symbols become names so that a symbol in a question finds a name in a note and the other way round; "ca2"
    // is what "Ca²⁺" leaves once its charge sign is a separator.
    private static readonly Dictionary<string, string[]> Expansions = new(StringComparer.Ordinal)
    {
        ["k"] = ["potassium"],
        ["na"] = ["sodium"],
        ["ca"] = ["calcium"],
        ["ca2"] = ["calcium"],
        ["cl"] = ["chloride"],
        ["ap"] = ["action", "potential"],
        ["aps"] = ["action", "potential"],
        ["rmp"] = ["resting", "membrane", "potential"],
        ["vm"] = ["membrane", "potential"],
        ["ek"] = ["potassium", "equilibrium", "potential"],
        ["e_k"] = ["potassium", "equilibrium", "potential"],
        ["ena"] = ["sodium", "equilibrium", "potential"],
        ["e_na"] = ["sodium", "equilibrium", "potential"],
        ["e_ca"] = ["calcium", "equilibrium", "potential"],
        ["e_cl"] = ["chloride", "equilibrium", "potential"],
        ["sr"] = ["sarcoplasmic", "reticulum"],
        ["nmj"] = ["neuromuscular", "junction"],
        ["ach"] = ["acetylcholine"],
        ["ahp"] = ["hyperpolarization"],
        ["epp"] = ["end", "plate", "potential"],
        ["dhp"] = ["dihydropyridine"],
        ["dhpr"] = ["dihydropyridine", "receptor"],
        ["dhprs"] = ["dihydropyridine", "receptor"],
        ["ryr"] = ["ryanodine", "receptor"],
        ["ryr1"] = ["ryanodine", "receptor"],
        ["ryrs"] = ["ryanodine", "receptor"],
    };

    /// <summary>The content terms of a text, in order: normalised, expanded, stop words removed, stemmed.</summary>
    /// <param name="text">Any text; null and empty give no terms.</param>
    /// <returns>The terms; duplicates kept so that term frequencies can be counted.</returns>
    public static List<string> Terms(string? text)
    {
        var terms = new List<string>();
        if (string.IsNullOrEmpty(text))
        {
            return terms;
        }

        var word = new StringBuilder();
        foreach (var c in Fold(text))
        {
            // The underscore joins subscripted names such as E_K; unknown joined words are split again in Add.
            if (char.IsLetterOrDigit(c) || c == '_')
            {
                word.Append(c);
                continue;
            }

            Add(word, terms);
        }

        Add(word, terms);
        return terms;
    }

    // The compatibility folding chemistry text needs: K⁺ → k+, Ca²⁺ → ca2+, H₂O → h2o, full-width ＫＣｌ → kcl, the minus
    // sign − → -. Done by hand because the program runs with invariant globalization, where string.Normalize does not
    // apply compatibility mappings.
    internal static string Fold(string text)
    {
        var folded = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            folded.Append(c switch
            {
                '¹' => '1',
                '²' => '2',
                '³' => '3',
                '⁰' => '0',
                >= '⁴' and <= '⁹' => (char)('4' + (c - '⁴')),
                >= '₀' and <= '₉' => (char)('0' + (c - '₀')),
                '⁺' or '₊' => '+',
                '⁻' or '₋' or '−' => '-',
                >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
                _ => c,
            });
        }

        return folded.ToString().ToLowerInvariant();
    }

    private static void Add(StringBuilder word, List<string> terms)
    {
        if (word.Length == 0)
        {
            return;
        }

        var raw = word.ToString();
        word.Clear();
        if (Expansions.TryGetValue(raw, out var expanded))
        {
            terms.AddRange(expanded.Select(ConceptStemmer.Stem));
            return;
        }

        if (raw.Contains('_', StringComparison.Ordinal))
        {
            foreach (var part in raw.Split('_', StringSplitOptions.RemoveEmptyEntries))
            {
                Add(new StringBuilder(part), terms);
            }

            return;
        }

        // Single letters carry no meaning here ("a", "t" of T-tubule, "e" of E_K); single digits do (3 Na⁺ : 2 K⁺).
        if ((raw.Length == 1 && !char.IsDigit(raw[0])) || ConceptStopWords.Contains(raw))
        {
            return;
        }

        terms.Add(ConceptStemmer.Stem(raw));
    }
}
