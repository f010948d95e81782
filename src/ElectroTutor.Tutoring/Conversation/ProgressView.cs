using ElectroTutor.Tutoring.Conversation.Replies;
using ElectroTutor.Tutoring.Mastery.Revision;
using ElectroTutor.Tutoring.Mastery.Selection;
using ElectroTutor.Tutoring.Skills;

namespace ElectroTutor.Tutoring.Conversation;

/// <summary>Builds the learner's progress over the skills graph from the conversation state.</summary>
internal static class ProgressView
{
    public static ProgressData Build(TutorState state, SkillGraph graph, TutorEngineOptions options, DateTimeOffset now)
    {
        var progress = state.Progress;
        var skills = graph.Skills.Select(skill => Skill(skill, progress, state, options, now)).ToList();
        return new ProgressData
        {
            Skills = skills,
            Mastered = skills.Count(s => s.Status == "mastered"),
            ReviewsDue = skills.Count(s => s.ReviewDue),
            CorrectInARow = state.Streak.CorrectInARow,
            BestCorrectInARow = state.Streak.BestCorrectInARow,
            DaysInARow = state.Streak.DaysAsOf(DateOnly.FromDateTime(now.UtcDateTime)),
        };
    }

    public static string Status(Skill skill, LearnerProgress progress, TutorEngineOptions options)
    {
        var state = progress.Of(skill.Id, options.ParametersOf(skill.Id));
        if (options.Policy.IsMastered(state.Mastery))
        {
            return "mastered";
        }

        if (!skill.Prerequisites.All(p => progress.Of(p, options.ParametersOf(p)).Mastery >= options.Policy.PrerequisiteGate))
        {
            return "locked";
        }

        return state.Attempts > 0 ? "learning" : "ready";
    }

    public static double MasteryOf(LearnerProgress progress, string skillId, TutorEngineOptions options) =>
        progress.Of(skillId, options.ParametersOf(skillId)).Mastery;

    private static SkillProgressData Skill(Skill skill, LearnerProgress progress, TutorState state, TutorEngineOptions options, DateTimeOffset now)
    {
        var skillState = progress.Of(skill.Id, options.ParametersOf(skill.Id));
        var status = Status(skill, progress, options);
        var review = status == "mastered" ? skillState.Review : null;
        return new SkillProgressData
        {
            SkillId = skill.Id,
            Name = skill.Name,
            Mastery = skillState.Mastery,
            Status = status,
            Attempts = skillState.Attempts,
            Correct = state.CorrectCounts.GetValueOrDefault(skill.Id),
            NextReviewAt = review?.DueAt,
            ReviewDue = review is not null && RevisionScheduler.IsDue(review, now),
        };
    }
}
