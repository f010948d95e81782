using System.Globalization;

namespace ElectroTutor.Cli.Reports;

/// <summary>
/// Reads <c>--from</c> and <c>--to</c>: an ISO 8601 date (<c>2026-11-01</c>, meaning that day in UTC) or date and time
/// (<c>2026-11-01T08:00</c>, UTC unless an offset is given). A bare <c>--to</c> date includes that whole day.
/// </summary>
internal static class ReportDate
{
    private static readonly string[] DateOnlyFormats = ["yyyy-MM-dd"];

    /// <summary>The instant, or null with <paramref name="problem"/> set when the text is not a date.</summary>
    public static DateTimeOffset? Parse(string text, bool isEnd, out string? problem)
    {
        problem = null;
        var trimmed = text.Trim();
        if (DateOnly.TryParseExact(trimmed, DateOnlyFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            var midnight = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            return isEnd ? midnight.AddDays(1) : midnight;
        }

        if (trimmed.Contains('T', StringComparison.Ordinal)
            && DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time))
        {
            return time;
        }

        problem = $"'{text}' is not a date; use YYYY-MM-DD or YYYY-MM-DDTHH:MM (UTC unless an offset such as +01:00 is given).";
        return null;
    }
}
