namespace ElectroTutor.Data.Reports;

/// <summary>One enrolled student.</summary>
/// <param name="LearnerId">The learner's id.</param>
/// <param name="DisplayName">The name the channel gave (typed by the student: encode it before showing it).</param>
/// <param name="Attempts">Attempts in the report's period.</param>
/// <param name="Correct">Of those, the correct ones.</param>
/// <param name="LastActiveAt">The student's latest attempt (any period), or null when they never answered.</param>
/// <param name="MeanMastery">Mean mastery (0–1) over the skills the student has an estimate for; null for none.</param>
/// <param name="DueReviews">Skills whose review is due.</param>
/// <param name="MasteryBySkill">Mastery (0–1) per skill id; a skill the student has not started is absent.</param>
public sealed record StudentProgress(
    long LearnerId,
    string DisplayName,
    int Attempts,
    int Correct,
    DateTimeOffset? LastActiveAt,
    double? MeanMastery,
    int DueReviews,
    IReadOnlyDictionary<string, double> MasteryBySkill);
