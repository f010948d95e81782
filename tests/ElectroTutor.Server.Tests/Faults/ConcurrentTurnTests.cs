using ElectroTutor.Data.Connection;
using ElectroTutor.Data.Stores;
using ElectroTutor.Tutoring.Storage;

namespace ElectroTutor.Server.Tests.Faults;

/// <summary>
/// Messages of one conversation arriving at the same time over HTTP: the turns run one after another and nothing is lost —
/// every answer acknowledged is stored once, and mastery has observed every item answered.
/// </summary>
public sealed class ConcurrentTurnTests
{
    [Fact]
    public async Task Simultaneous_answers_of_one_conversation_are_all_stored_and_counted()
    {
        await using var server = await RunningTutorServer.StartAsync("--ElectroTutor:RateLimits:Enabled=false");
        var learner = new FaultLearner("dl_concurrent", "concurrent-conversation");
        var itemId = FaultLearner.AskedItem(await FaultLearner.PostAsync(server.Client, learner.Message("start")))!;
        var acknowledged = new List<string>();
        for (var round = 0; round < 6; round++)
        {
            // Two wrong answers to the open question at once: both are graded tries of the same item (or the second finds it closed).
            var first = learner.Answer(itemId, right: false);
            var second = learner.Answer(itemId, right: false);
            var replies = await Task.WhenAll(FaultLearner.PostAsync(server.Client, first), FaultLearner.PostAsync(server.Client, second));
            acknowledged.AddRange(new[] { (first, replies[0]), (second, replies[1]) }.Where(p => FaultLearner.Counted(p.Item2)).Select(p => p.Item1["id"]!.GetValue<string>()));
            itemId = replies.Select(FaultLearner.AskedItem).LastOrDefault(i => i is not null) ?? itemId;
            var right = learner.Answer(itemId, right: true);
            var graded = await FaultLearner.PostAsync(server.Client, right);
            if (FaultLearner.Counted(graded))
                acknowledged.Add(right["id"]!.GetValue<string>());
            itemId = FaultLearner.AskedItem(graded) ?? FaultLearner.AskedItem(await FaultLearner.PostAsync(server.Client, learner.Message("next")))!;
        }

        var database = TutorDatabase.FromConnectionString(server.DatabaseFile);
        var stored = await new LearnerStore(database).FindAsync(new LearnerKey("directline", learner.UserId));
        var attempts = await new AttemptStore(database).ForLearnerAsync(stored!.Id);
        var skills = await new SkillStateStore(database).ForLearnerAsync(stored.Id);
        Assert.True(acknowledged.Count >= 12, $"only {acknowledged.Count} answers were acknowledged");
        Assert.Equal(acknowledged.Order(StringComparer.Ordinal), attempts.Select(a => a.Attempt.ActivityId!).Order(StringComparer.Ordinal));
        Assert.Equal(FaultLearner.SkillObservations(attempts), skills.Sum(s => s.Attempts));
    }
}
