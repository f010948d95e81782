using ElectroTutor.Tutoring.Mastery.Revision;
using ElectroTutor.Tutoring.Mastery.Selection;
using ElectroTutor.Tutoring.Storage;

namespace ElectroTutor.Tutoring.Conversation;

/// <summary>
/// A learner's standing per skill as the skill-state store keeps it (<see cref="SkillStateRecord"/>). From state format 3
/// on these rows are the only stored copy: the saved conversation leaves skills and correct counts out, and every turn
/// stores the rows of the skills it changed in the same commit, so a turn writes what changed rather than every skill.
/// </summary>
public static class StoredSkills
{
    /// <summary><paramref name="state"/> with its skills and correct counts taken from <paramref name="records"/>.</summary>
    public static TutorState Restore(TutorState state, IReadOnlyList<SkillStateRecord> records)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(records);
        return state with
        {
            Skills = records.ToDictionary(r => r.SkillId, ToSkillState, StringComparer.Ordinal),
            CorrectCounts = records.Where(r => r.Correct > 0).ToDictionary(r => r.SkillId, r => r.Correct, StringComparer.Ordinal),
        };
    }

    /// <summary>The mastery model's view of one stored row.</summary>
    public static LearnerSkillState ToSkillState(SkillStateRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var review = record is { ReviewStabilityDays: { } stability, LastReviewedAt: { } reviewedAt, NextReviewAt: { } due }
            ? new ReviewMemory(stability, reviewedAt, due, record.Reviews, record.Lapses)
            : null;
        return new LearnerSkillState(record.Mastery, record.Attempts, record.LastPracticedAt, review);
    }
}
