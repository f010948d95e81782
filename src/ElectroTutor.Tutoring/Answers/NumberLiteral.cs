using System.Globalization;

namespace ElectroTutor.Tutoring.Answers;

/// <summary>
/// One number as written: sign, mantissa (with decimal point or comma and digit grouping) and power of ten.
/// The separator rule: a lone comma followed by exactly three digits after a short, non-zero whole part
/// ("1,000", "-65,000") is ambiguous; any other lone comma is a decimal comma ("-65,0", "0,065", "1234,567").
/// When both '.' and ',' appear, the last one is the decimal separator and the other must group thousands.
/// </summary>
internal readonly record struct NumberLiteral(double Value, int SignificantFigures, string Text)
{
    /// <summary>Reads a literal; returns a failure kind and message when it cannot.</summary>
    public static (NumberLiteral Literal, AnswerParseFailure Failure, string Message) Read(bool negative, string mantissa, string? exponent)
    {
        var digits = CanonicalDigits(mantissa, out var failure, out var message);
        if (digits is null)
        {
            return (default, failure, message);
        }

        var power = string.IsNullOrEmpty(exponent) ? "0" : exponent;
        if (!int.TryParse(power, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var exponentValue)
            || Math.Abs(exponentValue) > 400)
        {
            return (default, AnswerParseFailure.NotFinite, $"The power of ten {power} is far outside any physical value.");
        }

        var sign = negative ? "-" : string.Empty;
        var literal = $"{sign}{digits}e{exponentValue.ToString(CultureInfo.InvariantCulture)}";
        var value = double.Parse(literal, NumberStyles.Float, CultureInfo.InvariantCulture);
        var significant = CountSignificant(digits);
        if (!double.IsFinite(value) || (value == 0 && significant > 0 && HasNonZeroDigit(digits)))
        {
            return (default, AnswerParseFailure.NotFinite, $"{mantissa}×10^{power} is beyond the range of numbers I can check.");
        }

        var text = exponentValue == 0 ? $"{sign}{digits}" : $"{sign}{digits}e{exponentValue.ToString(CultureInfo.InvariantCulture)}";
        return (new NumberLiteral(negative && value == 0 ? 0 : value, significant, text), AnswerParseFailure.None, string.Empty);
    }

    private static string? CanonicalDigits(string mantissa, out AnswerParseFailure failure, out string message)
    {
        failure = AnswerParseFailure.None;
        message = string.Empty;
        var lastDot = mantissa.LastIndexOf('.');
        var lastComma = mantissa.LastIndexOf(',');
        var dots = mantissa.Count(c => c == '.');
        var commas = mantissa.Count(c => c == ',');
        if (dots == 0 && commas == 0)
        {
            return mantissa;
        }

        if (commas == 1 && dots == 0)
        {
            var wholeDigits = mantissa[..lastComma];
            var fractionDigits = mantissa[(lastComma + 1)..];
            if (fractionDigits.Length == 3 && wholeDigits.Length is >= 1 and <= 3 && wholeDigits.TrimStart('0').Length > 0)
            {
                failure = AnswerParseFailure.Ambiguous;
                message = $"\"{mantissa}\" could mean {wholeDigits}{fractionDigits} (comma between thousands) or {wholeDigits}.{fractionDigits} (decimal comma). "
                    + "Please write it without the comma or with a decimal point.";
                return null;
            }

            return $"{wholeDigits}.{fractionDigits}";
        }

        if (dots == 1 && commas == 0)
        {
            return mantissa;
        }

        // Several marks: either one kind only, all grouping ("1,000,000"), or both kinds with the last one decimal.
        string whole = mantissa;
        var fraction = string.Empty;
        var groupMark = dots > 0 ? '.' : ',';
        if (dots > 0 && commas > 0)
        {
            var decimalMark = lastDot > lastComma ? '.' : ',';
            groupMark = decimalMark == '.' ? ',' : '.';
            var decimalAt = Math.Max(lastDot, lastComma);
            whole = mantissa[..decimalAt];
            fraction = mantissa[(decimalAt + 1)..];
            if (whole.Contains(decimalMark, StringComparison.Ordinal))
            {
                whole = string.Empty;
            }
        }

        var groups = whole.Split(groupMark);
        if (whole.Length == 0 || !ValidGroups(groups))
        {
            failure = AnswerParseFailure.Unparseable;
            message = $"I couldn't read the number \"{mantissa}\": use one decimal point (or comma) and no other separators.";
            return null;
        }

        return fraction.Length == 0 ? string.Concat(groups) : $"{string.Concat(groups)}.{fraction}";
    }

    private static bool ValidGroups(string[] groups) =>
        groups.Length == 1
        || (groups[0].Length is >= 1 and <= 3 && groups.Skip(1).All(g => g.Length == 3 && g.All(char.IsAsciiDigit)));

    private static bool HasNonZeroDigit(string digits) => digits.Any(c => c is >= '1' and <= '9');

    private static int CountSignificant(string digits)
    {
        var point = digits.IndexOf('.', StringComparison.Ordinal);
        var all = digits.Replace(".", string.Empty, StringComparison.Ordinal).TrimStart('0');
        if (all.Length == 0)
        {
            // Zero itself: "0" has one figure, "0.00" has as many as the decimals written.
            return Math.Max(1, point < 0 ? 1 : digits.Length - point - 1);
        }

        return point < 0 ? all.TrimEnd('0').Length : all.Length;
    }
}
