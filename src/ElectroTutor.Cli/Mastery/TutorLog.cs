using ElectroTutor.Data.Operations;
using ElectroTutor.Tutoring.Bank;
using ElectroTutor.Tutoring.Mastery;
using ElectroTutor.Tutoring.Mastery.Evaluation;

namespace ElectroTutor.Cli.Mastery;

/// <summary>
/// Turns the tutor's logged attempts into learner histories the way the tutor itself counted them: only the first
/// try at an item (template and seed) is evidence, a bottom-out hint makes it count as wrong, and the item's skills
/// come from its template in the bank. Attempts at templates no longer in the bank are left out and counted, and
/// answers that could not be graded (unparseable, ambiguous, missing unit) are not tries at all.
/// </summary>
internal static class TutorLog
{
    private static readonly HashSet<string> Graded = new(StringComparer.Ordinal) { "Correct", "CorrectWithNote", "Incorrect", "WrongUnit" };

    public static (IReadOnlyList<LearnerHistory> Learners, int UnknownTemplates) Histories(IEnumerable<AttemptExportRow> rows, QuestionBank bank)
    {
        var unknown = 0;
        var learners = new List<LearnerHistory>();
        foreach (var learner in rows.GroupBy(r => r.AnonStudentId).OrderBy(g => g.Key))
        {
            var attempts = new List<TracedAttempt>();
            var seen = new HashSet<(string, int)>();
            foreach (var row in learner.Where(r => Graded.Contains(r.Outcome)).OrderBy(r => r.Time).ThenBy(r => r.TransactionId))
            {
                if (!seen.Add((row.ProblemName, row.Seed)))
                {
                    continue;
                }

                if (!bank.TryGetTemplate(row.ProblemName, out var template))
                {
                    unknown++;
                    continue;
                }

                var hints = row.HintsUsed <= 0 ? HintUse.None : row.HintsUsed >= template.Hints.Count ? HintUse.BottomOut : HintUse.Partial;
                var correct = row.Outcome is "Correct" or "CorrectWithNote";
                attempts.Add(new TracedAttempt(template.Id, HintEvidence.CountsAsCorrect(correct, hints), template.Skills));
            }

            if (attempts.Count > 0)
            {
                learners.Add(new LearnerHistory(learner.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), attempts));
            }
        }

        return (learners, unknown);
    }
}
