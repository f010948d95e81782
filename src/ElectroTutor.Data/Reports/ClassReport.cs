namespace ElectroTutor.Data.Reports;

/// <summary>
/// What an instructor sees about one class: each student's progress, each skill's class mastery, who needs help, the
/// revision backlog, the most frequent misconceptions and how each question template performs. Attempt-based numbers
/// count only attempts in [<see cref="From"/>, <see cref="To"/>); mastery and reviews are the stored current state.
/// </summary>
/// <param name="ClassName">The class's name as the instructor wrote it.</param>
/// <param name="JoinCode">The code learners join with.</param>
/// <param name="InstructorLoginName">The login name of the instructor who runs the class.</param>
/// <param name="GeneratedAt">When the report was built (UTC); due reviews and stalled students are judged against it.</param>
/// <param name="From">Earliest attempt counted (inclusive), or null for no lower bound.</param>
/// <param name="To">Attempts from this time on are not counted (exclusive), or null for no upper bound.</param>
/// <param name="Thresholds">The thresholds the report was judged with.</param>
/// <param name="Skills">Class summary per skill, in the skills graph's order.</param>
/// <param name="Students">The enrolled students, by display name.</param>
/// <param name="StudentsNeedingHelp">Students with low mean mastery or stalled, lowest mastery first.</param>
/// <param name="DueReviews">Skill states of the class's students whose next review is due (at or before <see cref="GeneratedAt"/>).</param>
/// <param name="Misconceptions">Misconceptions diagnosed in the class's attempts, most frequent first.</param>
/// <param name="Items">Item analysis per question template, by template id.</param>
public sealed record ClassReport(
    string ClassName,
    string JoinCode,
    string InstructorLoginName,
    DateTimeOffset GeneratedAt,
    DateTimeOffset? From,
    DateTimeOffset? To,
    ClassReportThresholds Thresholds,
    IReadOnlyList<SkillSummary> Skills,
    IReadOnlyList<StudentProgress> Students,
    IReadOnlyList<StudentNeedingHelp> StudentsNeedingHelp,
    int DueReviews,
    IReadOnlyList<MisconceptionFrequency> Misconceptions,
    IReadOnlyList<ItemAnalysis> Items)
{
    /// <summary>What was computed: with a narrower scope than <see cref="ClassReportScope.Full"/>, the parts left out are empty, not absent from the class.</summary>
    public ClassReportScope Scope { get; init; } = ClassReportScope.Full;
}
