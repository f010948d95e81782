using System.Text.RegularExpressions;

namespace ElectroTutor.Tutoring.Answers;

/// <content>
/// Two numbers in one answer: a fraction ("1/2"), a ratio ("3:2", "3 to 2"), the same quantity in two units
/// ("-65 mV = -0.065 V", accepted as the first), or otherwise an ambiguous answer ("-65 or -70", "between 60 and 70").
/// </content>
public static partial class AnswerParser
{
    private static AnswerParseResult TwoNumbers(string input, string text, Match first, Match second)
    {
        var prefix = text[..first.Index].Trim();
        var between = text[(first.Index + first.Length)..second.Index].Trim();
        var suffix = text[(second.Index + second.Length)..].Trim();
        var (a, aFailure, _) = Read(first);
        var (b, bFailure, _) = Read(second);
        var readable = aFailure == AnswerParseFailure.None && bFailure == AnswerParseFailure.None;
        if (readable && prefix.Length == 0 && suffix.Length == 0 && IsQuotientMark(between))
        {
            return Quotient(input, a, b, between);
        }

        if (readable && prefix.Length == 0 && between.Length > 1 && between[^1] is '=' or '≈')
        {
            var sameQuantity = SameQuantity(input, a, between[..^1].Trim(), b, suffix);
            if (sameQuantity is not null)
            {
                return sameQuantity;
            }
        }

        return AnswerParseResult.Fail(
            input,
            AnswerParseFailure.Ambiguous,
            $"I found two numbers ({first.Value.Trim()} and {second.Value.Trim()}). Please send just one answer.");
    }

    private static bool IsQuotientMark(string between) =>
        between is ":" or "/" || between.Equals("to", StringComparison.OrdinalIgnoreCase);

    private static AnswerParseResult Quotient(string input, NumberLiteral a, NumberLiteral b, string mark)
    {
        if (b.Value == 0)
        {
            return AnswerParseResult.Fail(input, AnswerParseFailure.Unparseable, "The second number of a ratio or fraction can't be zero.");
        }

        if (mark == "/")
        {
            return AnswerParseResult.Success(input, a.Value / b.Value, null, null, AnswerForm.Fraction, $"{a.Text}/{b.Text}");
        }

        return a.Value < 0 || b.Value < 0
            ? AnswerParseResult.Fail(input, AnswerParseFailure.Unparseable, "A ratio compares two amounts, so neither term can be negative.")
            : AnswerParseResult.Success(input, a.Value / b.Value, null, null, AnswerForm.Ratio, $"{a.Text}:{b.Text}");
    }

    // Accepted only when both quantities carry units of one dimension and the more precise rounds to the other.
    private static AnswerParseResult? SameQuantity(string input, NumberLiteral a, string aUnitText, NumberLiteral b, string bUnitText)
    {
        if (aUnitText.Length == 0 || bUnitText.Length == 0
            || ReadUnit(aUnitText, out var aUnit, out _) is not null || ReadUnit(bUnitText, out var bUnit, out _) is not null
            || aUnit!.Dimension != bUnit!.Dimension)
        {
            return null;
        }

        // Compared in the unit of the less precise value, at its precision: "-65 mV = -0.07 V" agrees, "= -0.075 V" does not.
        var (precise, preciseUnit, rough, roughUnit) = a.SignificantFigures >= b.SignificantFigures ? (a, aUnit, b, bUnit) : (b, bUnit, a, aUnit);
        var agree = SignificantFigureRounding.Agree(preciseUnit.ConvertTo(precise.Value, roughUnit), rough.Value, rough.SignificantFigures);
        if (!agree)
        {
            return AnswerParseResult.Fail(
                input,
                AnswerParseFailure.Ambiguous,
                $"{a.Text} {aUnit.Symbol} and {b.Text} {bUnit.Symbol} are different values. Which one is your answer?");
        }

        return AnswerParseResult.Success(
            input, a.Value, aUnit, a.SignificantFigures, AnswerForm.Number, $"{a.Text} {aUnit.Symbol}",
            $"You gave the same value in two units; I checked {a.Text} {aUnit.Symbol}.");
    }
}
