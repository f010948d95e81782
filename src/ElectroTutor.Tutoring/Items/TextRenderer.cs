using System.Globalization;

namespace ElectroTutor.Tutoring.Items;

/// <summary>
/// Fills an author's text: <c>{formula}</c> or <c>{formula:format}</c> becomes the value (format as in .NET, e.g.
/// <c>0.0</c>, default up to 4 significant figures), with a real minus sign; <c>{{</c> and <c>}}</c> are literal braces.
/// Generators keep each text scanned (<see cref="TextPatterns"/>); this one-off form scans it every time.
/// </summary>
internal static class TextRenderer
{
    public static string Render(string text, IReadOnlyDictionary<string, double> values) => TextPattern.Parse(text).Render(values);

    public static string Number(double value, string? format = null)
    {
        var text = format is null
            ? (value == Math.Round(value) && Math.Abs(value) < 1e9 ? value.ToString("0", CultureInfo.InvariantCulture) : value.ToString("G4", CultureInfo.InvariantCulture))
            : value.ToString(format, CultureInfo.InvariantCulture);
        return text.StartsWith('-') ? "\u2212" + text[1..] : text;
    }
}
