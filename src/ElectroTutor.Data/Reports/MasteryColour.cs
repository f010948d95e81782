using System.Globalization;

namespace ElectroTutor.Data.Reports;

/// <summary>The heatmap's colour for a mastery: red (0) through amber to green (1), light enough for black text and print.</summary>
public static class MasteryColour
{
    /// <summary>Grey for a skill not started.</summary>
    public const string NotStarted = "#eeeeee";

    /// <summary>A CSS <c>hsl()</c> colour whose hue runs from 0° (mastery 0) to 120° (mastery 1).</summary>
    public static string For(double? mastery) => mastery is { } value
        ? string.Create(CultureInfo.InvariantCulture, $"hsl({Math.Round(Math.Clamp(value, 0, 1) * 120)}, 70%, 78%)")
        : NotStarted;
}
