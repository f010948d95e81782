using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ElectroTutor.Tutoring.Answers;

/// <summary>
/// Folds option texts and answers for comparison: superscripts (K⁺ → K+, Ca²⁺ → Ca2+), case, spaces, hyphens before
/// a letter ("Na⁺/K⁺-ATPase") and punctuation are ignored; '+' and '-' are kept where they mark a charge.
/// </summary>
internal static partial class ChoiceText
{
    public static string Fold(string text)
    {
        // The answer normalization already folds minus signs, digits and superscripts (K⁺ → K^+); the caret is
        // dropped below. Compatibility normalization (NFKC) is not used: invariant globalization leaves it a no-op.
        var compatible = HyphenBeforeLetter().Replace(AnswerText.Normalize(text), string.Empty);
        var builder = new StringBuilder(compatible.Length);
        foreach (var c in compatible.ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c) || c is '+' or '-' or '%' or '.')
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Trim('.');
    }

    /// <summary>Lower-case letters a, b, … for <paramref name="count"/> options, as "a, b, c or d".</summary>
    public static string Letters(int count) => Join(Enumerable.Range(0, count).Select(i => ((char)('a' + i)).ToString()));

    /// <summary>Numbers 1 … <paramref name="count"/>, as "1, 2, 3 or 4".</summary>
    public static string Numbers(int count) => Join(Enumerable.Range(1, count).Select(i => i.ToString(CultureInfo.InvariantCulture)));

    private static string Join(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count <= 1 ? string.Concat(list) : $"{string.Join(", ", list.Take(list.Count - 1))} or {list[^1]}";
    }

    [GeneratedRegex(@"-(?=\p{L})", RegexOptions.None, 1000)]
    private static partial Regex HyphenBeforeLetter();
}
