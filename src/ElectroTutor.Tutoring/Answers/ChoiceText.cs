using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ElectroTutor.Tutoring.Answers;

/// <summary>
/// Folds option texts and answers for comparison: compatibility forms (K⁺ → K+, Ca²⁺ → Ca2+), case, spaces, hyphens
/// between words and punctuation are ignored; '+' and '-' are kept where they mark a charge.
/// </summary>
internal static partial class ChoiceText
{
    public static string Fold(string text)
    {
        var compatible = text.Normalize(NormalizationForm.FormKC).Replace('\u2212', '-').Replace('\u2013', '-');
        compatible = HyphenBetweenWords().Replace(compatible, string.Empty);
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

    [GeneratedRegex(@"(?<=\p{L})-(?=\p{L})", RegexOptions.None, 1000)]
    private static partial Regex HyphenBetweenWords();
}
