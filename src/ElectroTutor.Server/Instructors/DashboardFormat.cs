using System.Globalization;
using ElectroTutor.Data.Reports;

namespace ElectroTutor.Server.Instructors;

/// <summary>How the dashboard writes numbers, times and flags: invariant culture, UTC, words rather than colours.</summary>
internal static class DashboardFormat
{
    /// <summary>A mastery or proportion as a whole per cent with the sign ("97%"), or "–" for none.</summary>
    public static string Percent(double? value) => value is null ? "–" : HeatmapSvg.Percent(value) + "%";

    /// <summary>A statistic with two decimals, or "–" for none.</summary>
    public static string Decimal(double? value) => value?.ToString("0.00", CultureInfo.InvariantCulture) ?? "–";

    /// <summary>A count.</summary>
    public static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A time in UTC to the minute, or "never".</summary>
    public static string Time(DateTimeOffset? time) =>
        time?.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) ?? "never";

    /// <summary>An item's concerns in words, or "none".</summary>
    public static string Concerns(ItemConcerns concerns)
    {
        var words = new List<string>();
        if (concerns.HasFlag(ItemConcerns.TooEasy))
        {
            words.Add("too easy");
        }

        if (concerns.HasFlag(ItemConcerns.TooHard))
        {
            words.Add("too hard");
        }

        if (concerns.HasFlag(ItemConcerns.NegativeDiscrimination))
        {
            words.Add("negative discrimination");
        }

        return words.Count == 0 ? "none" : string.Join(", ", words);
    }
}
