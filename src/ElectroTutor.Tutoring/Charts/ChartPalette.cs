namespace ElectroTutor.Tutoring.Charts;

/// <summary>
/// Series colours from the Okabe–Ito palette (distinguishable with the common colour-vision deficiencies): blue for the
/// first series (usually the normal cell), vermilion for the second, bluish green for the third.
/// </summary>
internal static class ChartPalette
{
    public static readonly (byte R, byte G, byte B)[] Series = [(0x00, 0x72, 0xB2), (0xD5, 0x5E, 0x00), (0x00, 0x9E, 0x73)];

    public static readonly (byte R, byte G, byte B) Ink = (0x22, 0x22, 0x22);

    public static readonly (byte R, byte G, byte B) Grid = (0xDD, 0xDD, 0xDD);

    public static string Hex((byte R, byte G, byte B) colour) => $"#{colour.R:X2}{colour.G:X2}{colour.B:X2}";
}
