namespace ElectroTutor.Data.Reports;

/// <summary>The class on one skill, over the students who have a mastery estimate for it.</summary>
/// <param name="SkillId">The skill's id.</param>
/// <param name="SkillName">The skill's name from the skills graph (the id for a skill no longer in it).</param>
/// <param name="StudentsStarted">Students with a mastery estimate for the skill.</param>
/// <param name="MeanMastery">Mean mastery (0–1) of those students; null when none has started.</param>
/// <param name="MasteredCount">Students at or above the mastered threshold.</param>
/// <param name="NeedsHelpCount">Students below the needs-help threshold.</param>
/// <param name="DueReviews">Students whose review of the skill is due.</param>
public sealed record SkillSummary(
    string SkillId, string SkillName, int StudentsStarted, double? MeanMastery, int MasteredCount, int NeedsHelpCount, int DueReviews);
