namespace ElectroTutor.Data.Reports;

/// <summary>A student the instructor should look at, and why.</summary>
/// <param name="LearnerId">The learner's id.</param>
/// <param name="DisplayName">The student's display name (student-typed).</param>
/// <param name="MeanMastery">Mean mastery (0–1), or null when the student has no estimate yet.</param>
/// <param name="LastActiveAt">The latest attempt, or null for none.</param>
/// <param name="LowMastery">Mean mastery is below the needs-help threshold.</param>
/// <param name="Stalled">No attempt within the stalled period (or none at all).</param>
public sealed record StudentNeedingHelp(
    long LearnerId, string DisplayName, double? MeanMastery, DateTimeOffset? LastActiveAt, bool LowMastery, bool Stalled);
