using System.Globalization;

namespace ElectroTutor.Server.Instructors;

/// <summary>
/// The date-range filter of the dashboard and the API: <c>from</c> and <c>to</c> as <c>YYYY-MM-DD</c> (UTC days),
/// both optional, <c>to</c> including its whole day. Only attempts are filtered; mastery is the current estimate.
/// </summary>
/// <param name="From">The first day counted, or null for no lower bound.</param>
/// <param name="To">The last day counted, or null for no upper bound.</param>
internal sealed record DashboardPeriod(DateOnly? From, DateOnly? To)
{
    private const string DateFormat = "yyyy-MM-dd";

    /// <summary>No filter: every attempt counts.</summary>
    public static DashboardPeriod All { get; } = new(null, null);

    /// <summary>The first instant counted (inclusive), or null.</summary>
    public DateTimeOffset? Start => From is { } day ? new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null;

    /// <summary>The first instant no longer counted (the day after <see cref="To"/>), or null.</summary>
    public DateTimeOffset? End => To is { } day && day < DateOnly.MaxValue ? new DateTimeOffset(day.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null;

    /// <summary><c>from</c> as the form shows it, or empty.</summary>
    public string FromText => From?.ToString(DateFormat, CultureInfo.InvariantCulture) ?? string.Empty;

    /// <summary><c>to</c> as the form shows it, or empty.</summary>
    public string ToText => To?.ToString(DateFormat, CultureInfo.InvariantCulture) ?? string.Empty;

    /// <summary>True when either bound is set.</summary>
    public bool IsFiltered => From is not null || To is not null;

    /// <summary>Reads the period from query values; null with <paramref name="problem"/> set when they are not valid.</summary>
    public static DashboardPeriod? Parse(string? from, string? to, out string? problem)
    {
        problem = null;
        var start = Day(from, "from", ref problem);
        var end = Day(to, "to", ref problem);
        if (problem is not null)
        {
            return null;
        }

        if (start is { } first && end is { } last && first > last)
        {
            problem = $"The period starts ({from}) after it ends ({to}): 'from' must be on or before 'to'.";
            return null;
        }

        return new DashboardPeriod(start, end);
    }

    /// <summary>The period as query parameters (<c>from=…&amp;to=…</c>), empty when not filtered; extra pairs first.</summary>
    public string Query(params (string Name, string? Value)[] extra)
    {
        var pairs = extra.Where(p => !string.IsNullOrEmpty(p.Value)).Select(p => (p.Name, Value: p.Value!)).ToList();
        if (From is not null)
        {
            pairs.Add(("from", FromText));
        }

        if (To is not null)
        {
            pairs.Add(("to", ToText));
        }

        return pairs.Count == 0 ? string.Empty : "?" + string.Join('&', pairs.Select(p => $"{Uri.EscapeDataString(p.Name)}={Uri.EscapeDataString(p.Value)}"));
    }

    private static DateOnly? Day(string? text, string name, ref string? problem)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        problem ??= $"'{name}' must be a date written YYYY-MM-DD (for example 2026-11-01), not '{text}'.";
        return null;
    }
}
