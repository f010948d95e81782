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
}
