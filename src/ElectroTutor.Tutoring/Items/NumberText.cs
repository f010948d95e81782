using System.Globalization;

namespace ElectroTutor.Tutoring.Items;

/// <summary>
/// A number as the tutor writes it in items and feedback: with a .NET format when one is given (e.g. <c>0.0</c>),
/// otherwise whole numbers as they are and others to 4 significant figures, always with a real minus sign.
/// </summary>
internal static class NumberText
{
    public static string Of(double value, string? format = null)
    {
        var text = format is null
            ? (value == Math.Round(value) && Math.Abs(value) < 1e9 ? value.ToString("0", CultureInfo.InvariantCulture) : value.ToString("G4", CultureInfo.InvariantCulture))
            : value.ToString(format, CultureInfo.InvariantCulture);
        return text.StartsWith('-') ? "\u2212" + text[1..] : text;
    }
}
