using ElectroTutor.Data.Entities;
using ElectroTutor.Data.Instructors;
using ElectroTutor.Tutoring.Answers;
using ElectroTutor.Tutoring.Storage;

namespace ElectroTutor.Data.Stores;

/// <summary>Between the ports' records and the rows. Times are stored in UTC so that text order is time order.</summary>
internal static class RecordMapping
{
    public static LearnerRecord ToRecord(this Learner row) =>
        new(row.Id, new LearnerKey(row.ChannelId, row.UserId), row.DisplayName, row.CreatedAt);

    public static InstructorRecord ToRecord(this Instructor row) =>
        new(row.Id, row.LoginName, row.PasswordHash is not null, row.ApiTokenHash is not null, row.CreatedAt);

    public static ClassRecord ToRecord(this Classroom row) => new(row.Id, row.Name, row.JoinCode, row.InstructorId);

    public static Attempt ToRow(this AttemptRecord record) => new()
    {
        LearnerId = record.LearnerId,
        ChannelId = record.ChannelId,
        ActivityId = record.ActivityId,
        TemplateId = record.TemplateId,
        Seed = record.Seed,
        ParametersJson = record.ParametersJson,
        RawAnswer = record.RawAnswer,
        ParsedValue = record.ParsedValue,
        ParsedUnit = record.ParsedUnit,
        Verdict = record.Verdict.ToString(),
        MisconceptionId = record.MisconceptionId,
        HintsUsed = record.HintsUsed,
        ResponseTimeMs = record.ResponseTimeMs,
        AnsweredAt = record.AnsweredAt.ToUniversalTime(),
    };

    public static RecordedAttempt ToRecorded(this Attempt row, bool isRepeat) => new(row.Id, new AttemptRecord
    {
        LearnerId = row.LearnerId,
        ChannelId = row.ChannelId,
        ActivityId = row.ActivityId,
        TemplateId = row.TemplateId,
        Seed = row.Seed,
        ParametersJson = row.ParametersJson,
        RawAnswer = row.RawAnswer,
        ParsedValue = row.ParsedValue,
        ParsedUnit = row.ParsedUnit,
        Verdict = Enum.Parse<AnswerVerdict>(row.Verdict),
        MisconceptionId = row.MisconceptionId,
        HintsUsed = row.HintsUsed,
        ResponseTimeMs = row.ResponseTimeMs,
        AnsweredAt = row.AnsweredAt,
    }, isRepeat);

    public static SkillStateRecord ToRecord(this SkillState row) =>
        new(row.LearnerId, row.SkillId, row.Mastery, row.Attempts, row.Correct, row.LastPracticedAt, row.NextReviewAt)
        {
            ReviewStabilityDays = row.ReviewStabilityDays,
            LastReviewedAt = row.LastReviewedAt,
            Reviews = row.Reviews,
            Lapses = row.Lapses,
        };

    public static void CopyFrom(this SkillState row, SkillStateRecord record)
    {
        row.LearnerId = record.LearnerId;
        row.SkillId = record.SkillId;
        row.Mastery = record.Mastery;
        row.Attempts = record.Attempts;
        row.Correct = record.Correct;
        row.LastPracticedAt = record.LastPracticedAt?.ToUniversalTime();
        row.NextReviewAt = record.NextReviewAt?.ToUniversalTime();
        row.ReviewStabilityDays = record.ReviewStabilityDays;
        row.LastReviewedAt = record.LastReviewedAt?.ToUniversalTime();
        row.Reviews = record.Reviews;
        row.Lapses = record.Lapses;
    }
}
