using System.Globalization;

namespace ElectroTutor.Tutoring.Charts;

/// <summary>How charts write numbers: invariant culture, at most three decimals, U+2212 for minus, no "-0".</summary>
internal static class ChartNumber
{
    public static string Format(double value)
    {
        var rounded = Math.Round(value, Math.Abs(value) >= 100 ? 0 : Math.Abs(value) >= 10 ? 1 : 3);
        if (rounded == 0)
        {
            return "0";
        }

        var text = rounded.ToString(Math.Abs(rounded) >= 1e6 ? "0.##E+0" : "0.###", CultureInfo.InvariantCulture);
        return text.StartsWith('-') ? "\u2212" + text[1..] : text;
    }

    /// <summary>A tick label: as many decimals as the tick step needs.</summary>
    public static string Tick(double value, double step)
    {
        var decimals = Math.Clamp(-(int)Math.Floor(Math.Log10(step) + 1e-9), 0, 6);
        var text = Math.Round(value, decimals).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        if (double.Parse(text, CultureInfo.InvariantCulture) == 0)
        {
            return decimals == 0 ? "0" : (0.0).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        }

        return text.StartsWith('-') ? "\u2212" + text[1..] : text;
    }
}
