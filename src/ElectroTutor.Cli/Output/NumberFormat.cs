using System.Globalization;

namespace ElectroTutor.Cli.Output;

/// <summary>How numbers are shown to people (JSON output keeps full precision).</summary>
internal static class NumberFormat
{
    /// <summary>
    /// Four significant figures (very large or small values as m × 10^e), whole numbers without a decimal point,
    /// invariant culture, U+2212 minus.
    /// </summary>
    public static string ForPeople(double value)
    {
        if (value == Math.Round(value) && Math.Abs(value) < 1e7)
        {
            return Minus(value.ToString("0", CultureInfo.InvariantCulture));
        }

        var magnitude = Math.Abs(value);
        if (magnitude != 0 && (magnitude >= 1e7 || magnitude < 1e-3))
        {
            var exponent = (int)Math.Floor(Math.Log10(magnitude));
            var mantissa = value / Math.Pow(10, exponent);
            return $"{Minus(mantissa.ToString("0.###", CultureInfo.InvariantCulture))} × 10^{exponent}";
        }

        // G4 would switch to E notation from 10 000 up; whole numbers read better there.
        return Minus(value.ToString(magnitude >= 1e4 ? "0" : "G4", CultureInfo.InvariantCulture));
    }

    private static string Minus(string text) => text.StartsWith('-') ? "\u2212" + text[1..] : text;
}
