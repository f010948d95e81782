using System.Globalization;
using System.Text.RegularExpressions;

namespace ElectroTutor.Tutoring.Answers;

/// <summary>
/// Replaces English number words with digits: "sixty-five" → 65, "one hundred and five" → 105,
/// "two thousand" → 2000, "sixty one point five" → 61.5. A run that is not a well-formed number ("five sixty") is left alone, so it later fails to
/// parse instead of being read as something the learner did not write.
/// </summary>
internal static partial class NumberWords
{
    private static readonly Dictionary<string, int> Small = new(StringComparer.OrdinalIgnoreCase)
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6,
        ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12,
        ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17,
        ["eighteen"] = 18, ["nineteen"] = 19,
    };

    private static readonly Dictionary<string, int> Tens = new(StringComparer.OrdinalIgnoreCase)
    {
        ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fourty"] = 40, ["fifty"] = 50, ["sixty"] = 60,
        ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    };

    public static string Replace(string text) => WordRun().Replace(text, m =>
    {
        var point = m.Groups["decimals"];
        var whole = point.Success ? m.Value[..(point.Index - m.Index)] : m.Value;
        if (!TryValue(whole.Trim(), out var value))
        {
            return m.Value;
        }

        var digits = point.Success ? "." + string.Concat(Words().Matches(point.Value).Select(d => Small[d.Value])) : string.Empty;
        return value.ToString(CultureInfo.InvariantCulture) + digits;
    });

    private static bool TryValue(string run, out long value)
    {
        value = 0;
        long group = 0;
        var last = Kind.None;
        foreach (var word in run.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.Equals("and", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (Small.TryGetValue(word, out var small))
            {
                if (last is Kind.Small || (last is Kind.Tens && small >= 10))
                {
                    return false;
                }

                group += small;
                last = Kind.Small;
            }
            else if (Tens.TryGetValue(word, out var tens))
            {
                if (last is Kind.Small or Kind.Tens)
                {
                    return false;
                }

                group += tens;
                last = Kind.Tens;
            }
            else if (word.Equals("hundred", StringComparison.OrdinalIgnoreCase))
            {
                if (last is Kind.Hundred || group % 100 != group)
                {
                    return false;
                }

                group = Math.Max(group, 1) * 100;
                last = Kind.Hundred;
            }
            else
            {
                value += Math.Max(group, 1) * 1000;
                group = 0;
                last = Kind.Thousand;
            }
        }

        value += group;
        return true;
    }

    private enum Kind
    {
        None,
        Small,
        Tens,
        Hundred,
        Thousand,
    }

    [GeneratedRegex(
        @"\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|fou?rty|fifty|sixty|seventy|eighty|ninety|hundred|thousand)"
        + @"(?:(?:\s+and\s+|\s+|-)(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|fou?rty|fifty|sixty|seventy|eighty|ninety|hundred|thousand))*"
        + @"(?<decimals>\s+point(?:\s+(?:zero|one|two|three|four|five|six|seven|eight|nine))+)?\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex WordRun();

    [GeneratedRegex(@"zero|one|two|three|four|five|six|seven|eight|nine", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Words();
}
