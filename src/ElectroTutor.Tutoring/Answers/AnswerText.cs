using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ElectroTutor.Tutoring.Answers;

/// <summary>
/// The first pass over a learner's text: rejects what no keyboard produces (control and bidi-override characters),
/// then folds the Unicode a phone or calculator inserts (U+2212 minus, en dash, thin and no-break spaces,
/// superscript powers, full-width and other scripts' decimal digits) into one plain spelling.
/// </summary>
internal static partial class AnswerText
{
    /// <summary>Longest answer read, in characters; longer text is refused rather than searched.</summary>
    public const int MaxLength = 200;

    /// <summary>True when <paramref name="text"/> holds a character that no answer should contain.</summary>
    public static bool HasForbiddenCharacter(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            if (char.IsSurrogate(c) || c == '\uFFFD' || (char.IsControl(c) && c is not ('\t' or '\n' or '\r')))
            {
                return true;
            }

            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format && !IsInvisibleJoiner(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Folds Unicode variants into plain text; see the type's summary.</summary>
    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (IsInvisibleJoiner(c))
            {
                continue;
            }

            builder.Append(c switch
            {
                '\u2212' or '\u2013' or '\u2012' or '\u2010' or '\u2011' or '\u2014' or '\uFE63' or '\uFF0D' => '-',
                '\uFF0B' => '+',
                _ when c > '\u007F' && char.IsDigit(c) => (char)('0' + (int)char.GetNumericValue(c)),
                '\u2018' or '\u2019' or '\u02BC' => '\'',
                '\u00A0' or '\u2007' or '\u2009' or '\u202F' or '\u200A' or '\u2008' => '\u2009',
                '\t' or '\n' or '\r' => ' ',
                '×' or '✕' or '⋅' or '*' or '•' or '∙' => '·',
                _ => c,
            });
        }

        var folded = Superscripts.ToCaret(builder.ToString()).Replace("··", "^", StringComparison.Ordinal);
        folded = DigitGroupSpace().Replace(folded, string.Empty).Replace('\u2009', ' ');
        return Whitespace().Replace(folded, " ").Trim();
    }

    /// <summary>Removes quotes, brackets or Markdown emphasis wrapped around the whole answer: "**-65 mV**", "(-65 mV)".</summary>
    public static string Unwrap(string text)
    {
        var current = text.Trim();
        while (current.Length >= 2 && Wrapper().Match(current) is { Success: true } match)
        {
            current = match.Groups["inner"].Value.Trim();
        }

        return current;
    }

    [GeneratedRegex(@"^(?:\*\*(?<inner>.+)\*\*|__(?<inner>.+)__|\*(?<inner>.+)\*|_(?<inner>.+)_|`(?<inner>.+)`|""(?<inner>.+)""|'(?<inner>.+)'|“(?<inner>.+)”|‘(?<inner>.+)’|«(?<inner>.+)»|\((?<inner>[^()]+)\)|\[(?<inner>[^\[\]]+)\])$", RegexOptions.None, 1000)]
    private static partial Regex Wrapper();

    private static bool IsInvisibleJoiner(char c) => c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD';

    // Thin and no-break spaces between digits are digit-group separators ("65 000"), never ordinary word breaks.
    [GeneratedRegex(@"(?<=[0-9])\u2009(?=[0-9]{3}(?![0-9]))", RegexOptions.None, 1000)]
    private static partial Regex DigitGroupSpace();

    [GeneratedRegex(@"\s+", RegexOptions.None, 1000)]
    private static partial Regex Whitespace();
}
