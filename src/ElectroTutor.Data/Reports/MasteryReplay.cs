using ElectroTutor.Tutoring.Answers;
using ElectroTutor.Tutoring.Bank;
using ElectroTutor.Tutoring.Conversation;
using ElectroTutor.Tutoring.Mastery;
using ElectroTutor.Tutoring.Mastery.Selection;

namespace ElectroTutor.Data.Reports;

/// <summary>
/// Rebuilds how a student's mastery moved by replaying their stored attempts, oldest first, through the tutor's own
/// model (<see cref="LearnerProgress.Record"/> with the engine's parameters and policy), the way the dialog observed
/// them: only the first gradeable answer to an item counts (a retry at the same template and seed does not), and the
/// hint evidence policy applies (the last hint gives the answer away, so that answer counts as wrong). Templates no
/// longer in the bank are skipped, since their skills are unknown. The tutor also counts a solution asked for without
/// any answer as a failure; that leaves no attempt behind, so the replay can sit above the stored estimate there.
/// </summary>
public static class MasteryReplay
{
    /// <summary>The mastery of each tagged skill after each counted attempt, in time order.</summary>
    /// <param name="attempts">The student's attempts, oldest first.</param>
    /// <param name="bank">The question bank: each template's skills and hint count.</param>
    /// <param name="options">The engine's knowledge-tracing parameters and mastery policy.</param>
    public static IReadOnlyList<MasteryPoint> Replay(IReadOnlyList<StudentAttempt> attempts, QuestionBank bank, TutorEngineOptions options)
    {
        ArgumentNullException.ThrowIfNull(attempts);
        ArgumentNullException.ThrowIfNull(bank);
        ArgumentNullException.ThrowIfNull(options);
        var progress = LearnerProgress.Empty;
        var points = new List<MasteryPoint>();
        (string TemplateId, int Seed)? lastItem = null;
        foreach (var attempt in attempts)
        {
            if (!IsGradeable(attempt.Verdict) || !bank.TryGetTemplate(attempt.TemplateId, out var template) || template.Skills.Count == 0)
            {
                continue;
            }

            var item = (attempt.TemplateId, attempt.Seed);
            if (lastItem == item)
            {
                continue;
            }

            lastItem = item;
            var hints = attempt.HintsUsed <= 0 ? HintUse.None : attempt.HintsUsed >= template.Hints.Count ? HintUse.BottomOut : HintUse.Partial;
            var evidence = HintEvidence.CountsAsCorrect(attempt.IsCorrect, hints);
            progress = progress.Record(template.Id, template.Skills, evidence, options.ParametersOf, options.Policy, new StoppedClock(attempt.AnsweredAt));
            foreach (var skillId in template.Skills.Distinct(StringComparer.Ordinal))
            {
                points.Add(new MasteryPoint(attempt.AnsweredAt, skillId, progress.Skills[skillId].Mastery));
            }
        }

        return points;
    }

    private static bool IsGradeable(AnswerVerdict verdict) =>
        verdict is AnswerVerdict.Correct or AnswerVerdict.CorrectWithNote or AnswerVerdict.Incorrect or AnswerVerdict.WrongUnit;

    /// <summary>The attempt's own time, so reviews are scheduled as they were when the student answered.</summary>
    private sealed class StoppedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
