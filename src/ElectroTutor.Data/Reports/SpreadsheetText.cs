namespace ElectroTutor.Data.Reports;

/// <summary>
/// Makes student-typed text safe to open in a spreadsheet: a cell that starts with <c>=</c>, <c>+</c>, <c>-</c>,
/// <c>@</c>, a tab or a carriage return would run as a formula (CSV injection), so it gets a leading apostrophe, which
/// spreadsheets show as text. Numbers the report computes are written as numbers and never pass through here.
/// </summary>
public static class SpreadsheetText
{
    /// <summary>The text, prefixed with an apostrophe when a spreadsheet would read it as a formula; null gives "".</summary>
    public static string Neutralize(string? text) =>
        string.IsNullOrEmpty(text) ? string.Empty
        : text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text
        : text;
}
