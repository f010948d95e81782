namespace ElectroTutor.Tutoring.Storage;

/// <summary>
/// A class at a glance, for its instructor in chat: the numbers that say where to look first. Mastery values are
/// probabilities in [0, 1].
/// </summary>
/// <param name="ClassName">The class's name.</param>
/// <param name="JoinCode">The class's join code (upper case).</param>
/// <param name="Students">Students enrolled.</param>
/// <param name="MeanMastery">The mean over students of each student's mean mastery; null when no student has practised.</param>
/// <param name="WeakestSkills">Up to three practised skills with the lowest class mean mastery, weakest first.</param>
/// <param name="StudentsNeedingHelp">Students with low mastery or stalled, lowest mastery first.</param>
/// <param name="MostFrequentMisconception">The misconception diagnosed most often, or null when none was.</param>
/// <param name="DueReviews">Skill reviews of the class's students that are due now.</param>
public sealed record ClassSummary(
    string ClassName,
    string JoinCode,
    int Students,
    double? MeanMastery,
    IReadOnlyList<ClassSummarySkill> WeakestSkills,
    IReadOnlyList<string> StudentsNeedingHelp,
    ClassSummaryMisconception? MostFrequentMisconception,
    int DueReviews);
