using System.Globalization;

namespace ElectroTutor.Data.Reports;

/// <summary>How every export writes the report's numbers: invariant culture, at most four decimals, blank for none.</summary>
internal static class ReportNumber
{
    public static string Format(double? value) => value is { } number ? Math.Round(number, 4).ToString("0.####", CultureInfo.InvariantCulture) : string.Empty;

    public static string Format(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Format(DateTimeOffset? time) => time?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) ?? string.Empty;

    /// <summary>The concerns as kebab-case words joined by semicolons, e.g. <c>too-hard;negative-discrimination</c>.</summary>
    public static string Concerns(ItemConcerns concerns) => string.Join(';', new[]
    {
        (ItemConcerns.TooEasy, "too-easy"),
        (ItemConcerns.TooHard, "too-hard"),
        (ItemConcerns.NegativeDiscrimination, "negative-discrimination"),
    }.Where(c => concerns.HasFlag(c.Item1)).Select(c => c.Item2));
}
