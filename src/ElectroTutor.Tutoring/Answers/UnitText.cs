using System.Text;
using System.Text.RegularExpressions;

namespace ElectroTutor.Tutoring.Answers;

/// <summary>
/// Turns the unit part of an answer into lookup keys, so that <c>µA/cm²</c>, <c>uA/cm2</c>, <c>μA cm⁻²</c> and
/// <c>µA·cm^-2</c> all meet the same catalogue entry.
/// </summary>
internal static partial class UnitText
{
    /// <summary>The key for symbol lookups: case kept, one micro sign, products joined with '·', powers with '^'.</summary>
    public static string SymbolKey(string text)
    {
        var builder = new StringBuilder(text.Length + 4);
        foreach (var c in Superscripts.ToCaret(text.Trim()))
        {
            builder.Append(c switch
            {
                'μ' => "µ",
                '℃' => "°C",
                '℉' => "°F",
                'º' or '˚' => "°",
                '\u212A' => "K",
                '\u212B' => "\u00C5",
                '⋅' or '×' or '*' or '•' or '∙' => "·",
                _ => c.ToString(),
            });
        }

        var key = builder.ToString();
        key = SpacesAroundOperator().Replace(key, "${op}");
        key = DotBetweenLetters().Replace(key, "·");
        key = Whitespace().Replace(key, "·");
        key = ParenthesisedPower().Replace(key, "^${power}");
        key = BarePower().Replace(key, "^${power}");
        return key;
    }

    /// <summary>The key for spelled-out names: lower case, single spaces, no trailing full stop.</summary>
    public static string NameKey(string text) =>
        Whitespace().Replace(text.Trim().TrimEnd('.').ToLowerInvariant(), " ");

    [GeneratedRegex(@"\s*(?<op>[/·^°])\s*", RegexOptions.None, 1000)]
    private static partial Regex SpacesAroundOperator();

    [GeneratedRegex(@"(?<=\p{L})\.(?=\p{L})", RegexOptions.None, 1000)]
    private static partial Regex DotBetweenLetters();

    [GeneratedRegex(@"\s+", RegexOptions.None, 1000)]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\^\((?<power>[+-]?[0-9]+)\)", RegexOptions.None, 1000)]
    private static partial Regex ParenthesisedPower();

    [GeneratedRegex(@"(?<=\p{L})(?<power>-?[0-9]+)(?=$|[/·])", RegexOptions.None, 1000)]
    private static partial Regex BarePower();
}
