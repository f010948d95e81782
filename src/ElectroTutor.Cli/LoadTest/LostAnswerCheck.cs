using ElectroTutor.Data.Connection;
using ElectroTutor.Data.Stores;
using ElectroTutor.Tutoring.Storage;

namespace ElectroTutor.Cli.LoadTest;

/// <summary>
/// After a run, looks in the server's database for every answer the tutor acknowledged: an acknowledged answer whose
/// activity id is not among the learner's stored attempts was lost between the reply and the store.
/// </summary>
internal static class LostAnswerCheck
{
    /// <summary>Counts acknowledged answers of <paramref name="tallies"/> that have no attempt in <paramref name="database"/>.</summary>
    public static async Task<long> CountLostAsync(TutorDatabase database, IEnumerable<LearnerTally> tallies, CancellationToken cancellationToken)
    {
        var learners = new LearnerStore(database);
        var attempts = new AttemptStore(database);
        long lost = 0;
        foreach (var learnerAnswers in tallies.SelectMany(t => t.Acknowledged).GroupBy(a => a.UserId, StringComparer.Ordinal))
        {
            var learner = await learners.FindAsync(new LearnerKey(SimulatedConversation.ChannelId, learnerAnswers.Key), cancellationToken).ConfigureAwait(false);
            if (learner is null)
            {
                lost += learnerAnswers.Count();
                continue;
            }

            var stored = (await attempts.ForLearnerAsync(learner.Id, cancellationToken).ConfigureAwait(false))
                .Select(a => a.Attempt.ActivityId)
                .OfType<string>()
                .ToHashSet(StringComparer.Ordinal);
            lost += learnerAnswers.Count(a => !stored.Contains(a.ActivityId));
        }

        return lost;
    }
}
