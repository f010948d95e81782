namespace ElectroTutor.Data.Reports;

/// <summary>The cut-offs a class report judges with; the defaults are those documented in <c>docs/reports.md</c>.</summary>
public sealed record ClassReportThresholds
{
    /// <summary>The defaults.</summary>
    public static ClassReportThresholds Default { get; } = new();

    /// <summary>Mastery (0–1) at or above which a skill counts as mastered; the tutor's own mastery threshold.</summary>
    public double MasteredAt { get; init; } = 0.95;

    /// <summary>Mastery (0–1) below which a student needs help on a skill, or overall when it is their mean.</summary>
    public double NeedsHelpBelow { get; init; } = 0.4;

    /// <summary>A student with no attempt for this long (or none at all) is stalled.</summary>
    public TimeSpan StalledAfter { get; init; } = TimeSpan.FromDays(7);

    /// <summary>Facility above which an item is flagged too easy.</summary>
    public double TooEasyAbove { get; init; } = 0.9;

    /// <summary>Facility below which an item is flagged too hard.</summary>
    public double TooHardBelow { get; init; } = 0.2;

    /// <summary>Learners who must have answered an item before it is flagged at all.</summary>
    public int MinimumLearnersToFlag { get; init; } = 10;
}
