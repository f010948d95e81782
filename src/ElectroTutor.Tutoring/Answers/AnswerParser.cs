using System.Text.RegularExpressions;

namespace ElectroTutor.Tutoring.Answers;

/// <summary>
/// Reads a numeric answer as a learner types it: "-65", "−65 mV", "-0.065 V", "-6.5×10^1 mV", "minus 65 millivolts",
/// "about -65 mV", "-65,0 mV", "Vm = -65mV", "95 %", "3:2". Never throws on learner text: every failure is an
/// <see cref="AnswerParseResult"/> with a reason and a friendly message.
/// </summary>
public static partial class AnswerParser
{
    /// <summary>Parses one numeric answer.</summary>
    /// <param name="text">The learner's text; null is treated as empty.</param>
    /// <returns>The value, unit and significant figures read, or the reason they could not be.</returns>
    public static AnswerParseResult Parse(string? text)
    {
        var input = text ?? string.Empty;
        try
        {
            return ParseChecked(input);
        }
        catch (RegexMatchTimeoutException)
        {
            // The patterns are linear on 200 characters; this only guards a starved machine from a crashed turn.
            return AnswerParseResult.Fail(input, AnswerParseFailure.Unparseable, "I couldn't read that in time. Please send just the number and its unit.");
        }
    }

    private static AnswerParseResult ParseChecked(string input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return AnswerParseResult.Fail(input, AnswerParseFailure.Empty, "I didn't get an answer. Please type a number, with its unit.");
        }

        if (input.Trim().Length > AnswerText.MaxLength)
        {
            return AnswerParseResult.Fail(input, AnswerParseFailure.TooLong, "That is too long for an answer. Please send just the number and its unit.");
        }

        if (AnswerText.HasForbiddenCharacter(input))
        {
            return AnswerParseResult.Fail(input, AnswerParseFailure.InvalidCharacters, "Your answer contains invisible control characters. Please type it again.");
        }

        var normalized = NumberWords.Replace(AnswerText.Normalize(AnswerText.Unwrap(input)));
        if (NonFiniteWord().IsMatch(normalized))
        {
            return AnswerParseResult.Fail(input, AnswerParseFailure.NotFinite, "Infinity and \"not a number\" can't be the value of a physical quantity. Please give a finite number.");
        }

        var stripped = AnswerHedges.Strip(normalized);
        var matches = NumberPattern().Matches(stripped);
        return matches.Count switch
        {
            0 => NoNumber(input, stripped),
            1 => OneNumber(input, stripped, matches[0]),
            2 => TwoNumbers(input, stripped, matches[0], matches[1]),
            _ => AnswerParseResult.Fail(input, AnswerParseFailure.Ambiguous, $"I found {matches.Count} numbers ({List(matches)}). Please send just one answer."),
        };
    }

    private static AnswerParseResult NoNumber(string input, string text)
    {
        var unit = text.Length == 0 ? null : UnitCatalog.Find(text).Unit;
        return unit is null
            ? AnswerParseResult.Fail(input, AnswerParseFailure.NoNumber, "I couldn't find a number in your answer. Please type a number, with its unit.")
            : AnswerParseResult.Fail(input, AnswerParseFailure.NoNumber, $"You gave a unit ({unit.Symbol}) but no number. What is the value?");
    }

    private static AnswerParseResult OneNumber(string input, string text, Match match)
    {
        var prefix = text[..match.Index].Trim();
        if (prefix.Length > 0)
        {
            return AnswerParseResult.Fail(input, AnswerParseFailure.Unparseable, $"I couldn't read \"{prefix}\" before the number. Please send just the number and its unit.");
        }

        var (literal, failure, message) = Read(match);
        if (failure != AnswerParseFailure.None)
        {
            return AnswerParseResult.Fail(input, failure, message);
        }

        var suffix = text[(match.Index + match.Length)..].Trim();
        if (suffix.Length == 0)
        {
            return AnswerParseResult.Success(input, literal.Value, null, literal.SignificantFigures, AnswerForm.Number, literal.Text);
        }

        var unitFailure = ReadUnit(suffix, out var unit, out var note);
        return unitFailure is null
            ? AnswerParseResult.Success(input, literal.Value, unit, literal.SignificantFigures, AnswerForm.Number, $"{literal.Text} {unit!.Symbol}", note)
            : AnswerParseResult.Fail(input, unitFailure.Value.Failure, unitFailure.Value.Message);
    }

    private static (AnswerParseFailure Failure, string Message)? ReadUnit(string suffix, out Unit? unit, out string? note)
    {
        var lookup = UnitCatalog.Find(suffix);
        unit = lookup.Unit;
        note = lookup.Note;
        if (lookup.IsFound)
        {
            return null;
        }

        if (lookup.IsAmbiguous)
        {
            var options = string.Join(" or ", lookup.Candidates.Select(c => $"{c.Symbol} ({c.Name})"));
            return (AnswerParseFailure.UnknownUnit, $"\"{suffix}\" could mean {options}. Unit symbols are case-sensitive; which did you mean?");
        }

        if (suffix is "°" or "deg" or "degrees")
        {
            return (AnswerParseFailure.UnknownUnit, "Degrees of what? Please write °C or K.");
        }

        var space = suffix.IndexOf(' ', StringComparison.Ordinal);
        if (space > 0 && UnitCatalog.Find(suffix[..space]).Unit is Unit leading)
        {
            return (AnswerParseFailure.Unparseable, $"I read the unit {leading.Symbol} but not \"{suffix[(space + 1)..]}\" after it. Please send just the number and its unit.");
        }

        return suffix.Length > 24 || suffix.Count(c => c == ' ') > 2
            ? (AnswerParseFailure.Unparseable, $"I couldn't read \"{suffix}\" after the number. Please send just the number and its unit.")
            : (AnswerParseFailure.UnknownUnit, $"I don't know the unit \"{suffix}\". Please use a standard symbol such as mV, mM, °C, ms or m/s.");
    }

    private static (NumberLiteral Literal, AnswerParseFailure Failure, string Message) Read(Match match)
    {
        var negative = match.Groups["sign"].Value == "-";
        return match.Groups["pow"].Success
            ? NumberLiteral.Read(negative, "1", match.Groups["pow"].Value)
            : NumberLiteral.Read(negative, match.Groups["mant"].Value, match.Groups["exp"].Success ? match.Groups["exp"].Value : null);
    }

    private static string List(MatchCollection matches) =>
        string.Join(", ", matches.Take(3).Select(m => m.Value.Trim())) + (matches.Count > 3 ? ", …" : string.Empty);

    [GeneratedRegex(@"\b(?:nan|inf|infinity|infinite)\b|∞", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex NonFiniteWord();

    // A number not glued to a word ("cm2", "E_K") or to a power ("s^-1"): sign, mantissa, then e-notation or ×10^n;
    // or a bare power of ten, "10^-2".
    [GeneratedRegex(
        @"(?<![\p{L}\p{N}_^.,]|\p{L}[+-]|\^[+-])(?:(?<sign>[+-])\s?)?(?:10\s?\^\s?\(?(?<pow>[+-]?[0-9]+)\)?|(?<mant>[0-9][0-9.,]*[0-9]|[0-9]|\.[0-9]+)(?: ?[eE](?<exp>[+-]?[0-9]+)|\s?[·xX]\s?10\s?\^\s?\(?(?<exp>[+-]?[0-9]+)\)?)?)",
        RegexOptions.CultureInvariant, 1000)]
    private static partial Regex NumberPattern();
}
