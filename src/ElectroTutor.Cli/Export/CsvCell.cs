using ElectroTutor.Data.Reports;

namespace ElectroTutor.Cli.Export;

/// <summary>
/// One CSV field (RFC 4180). Learner text that a spreadsheet would run as a formula (it starts with =, +, -, @, tab or
/// carriage return) is prefixed with an apostrophe; numbers the tutor wrote itself go through <c>Number</c> untouched.
/// </summary>
internal static class CsvCell
{
    public static string Text(string? value)
    {
        value = SpreadsheetText.Neutralize(value);
        if (value.Length == 0)
        {
            return string.Empty;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 || value[0] == ' ' || value[^1] == ' '
            ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : value;
    }

    public static string Number(double? value) =>
        value is { } number ? number.ToString("R", System.Globalization.CultureInfo.InvariantCulture) : string.Empty;

    public static string Number(long value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
