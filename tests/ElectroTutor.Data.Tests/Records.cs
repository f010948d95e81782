using ElectroTutor.Tutoring.Answers;
using ElectroTutor.Tutoring.Storage;

namespace ElectroTutor.Data.Tests;

/// <summary>Builders for the ports' records.</summary>
internal static class Records
{
    public static readonly DateTimeOffset Noon = new(2026, 11, 21, 12, 0, 0, TimeSpan.Zero);

    public static AttemptRecord Attempt(long learnerId, string? activityId, string answer = "-65 mV", string channel = "msteams") => new()
    {
        LearnerId = learnerId,
        ChannelId = channel,
        ActivityId = activityId,
        TemplateId = "nernst-potassium",
        Seed = 42,
        ParametersJson = """{"insideMm":140,"outsideMm":5}""",
        RawAnswer = answer,
        ParsedValue = -65,
        ParsedUnit = "mV",
        Verdict = AnswerVerdict.Incorrect,
        MisconceptionId = "sign-flip",
        HintsUsed = 1,
        ResponseTimeMs = 12_500,
        AnsweredAt = Noon,
    };

    public static SkillStateRecord Skill(long learnerId, string skillId, double mastery = 0.5, int attempts = 2, int correct = 1) =>
        new(learnerId, skillId, mastery, attempts, correct, Noon, Noon.AddDays(1))
        {
            ReviewStabilityDays = 1.5,
            LastReviewedAt = Noon.AddHours(-1),
            Reviews = 2,
            Lapses = 1,
        };
}
