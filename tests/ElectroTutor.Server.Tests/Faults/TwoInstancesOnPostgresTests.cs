using ElectroTutor.Data.Connection;
using ElectroTutor.Data.Stores;
using ElectroTutor.Tutoring.Storage;

namespace ElectroTutor.Server.Tests.Faults;

/// <summary>
/// Two server instances on one PostgreSQL database, a conversation's turns alternating between them and sometimes sent to
/// both at once: no lost update — every acknowledged answer is stored, the conversation's version went up once per turn,
/// and mastery has observed every item answered.
/// </summary>
public sealed class TwoInstancesOnPostgresTests
{
    [PostgresFact]
    public async Task Alternating_and_simultaneous_turns_on_two_instances_lose_nothing()
    {
        using var scratch = ScratchPostgres.Create();
        string[] settings = ["--Database:Provider=Postgres", $"--ConnectionStrings:Tutor={scratch.ConnectionString}", "--ElectroTutor:RateLimits:Enabled=false"];
        await using var first = await RunningTutorServer.StartAsync(settings);
        await using var second = await RunningTutorServer.StartAsync(settings);
        var instances = new[] { first.Client, second.Client };
        var learner = new FaultLearner("dl_two_instances", "two-instances-conversation");
        var turns = 1;
        var itemId = FaultLearner.AskedItem(await FaultLearner.PostAsync(first.Client, learner.Message("start")))!;
        var acknowledged = new List<string>();

        for (var round = 0; round < 8; round++)
        {
            // One wrong try on each instance at the same moment, then the right answer on the other instance than last time.
            var wrongOnFirst = learner.Answer(itemId, right: false);
            var wrongOnSecond = learner.Answer(itemId, right: false);
            var both = await Task.WhenAll(FaultLearner.PostAsync(first.Client, wrongOnFirst), FaultLearner.PostAsync(second.Client, wrongOnSecond));
            turns += 2;
            acknowledged.AddRange(new[] { (wrongOnFirst, both[0]), (wrongOnSecond, both[1]) }.Where(p => FaultLearner.Counted(p.Item2)).Select(p => p.Item1["id"]!.GetValue<string>()));
            itemId = both.Select(FaultLearner.AskedItem).LastOrDefault(i => i is not null) ?? itemId;

            var right = learner.Answer(itemId, right: true);
            var graded = await FaultLearner.PostAsync(instances[round % 2], right);
            turns++;
            if (FaultLearner.Counted(graded))
                acknowledged.Add(right["id"]!.GetValue<string>());
            itemId = FaultLearner.AskedItem(graded) ?? FaultLearner.AskedItem(await FaultLearner.PostAsync(instances[(round + 1) % 2], learner.Message("next")))!;
            turns += FaultLearner.AskedItem(graded) is null ? 1 : 0;
        }

        var database = TutorDatabase.Create("Postgres", scratch.ConnectionString);
        var stored = await new LearnerStore(database).FindAsync(new LearnerKey("directline", learner.UserId));
        var attempts = await new AttemptStore(database).ForLearnerAsync(stored!.Id);
        var skills = await new SkillStateStore(database).ForLearnerAsync(stored.Id);
        var conversation = await new ConversationStateStore(database, TimeProvider.System).LoadAsync(stored.Id);
        Assert.True(acknowledged.Count >= 16, $"only {acknowledged.Count} answers were acknowledged");
        Assert.Equal(acknowledged.Order(StringComparer.Ordinal), attempts.Select(a => a.Attempt.ActivityId!).Order(StringComparer.Ordinal));
        Assert.Equal(FaultLearner.SkillObservations(attempts), skills.Sum(s => s.Attempts));
        Assert.Equal(turns, conversation!.Version);
    }
}
