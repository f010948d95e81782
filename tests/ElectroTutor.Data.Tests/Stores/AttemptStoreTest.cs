using ElectroTutor.Data.Connection;
using ElectroTutor.Data.Stores;
using ElectroTutor.Tutoring.Answers;
using ElectroTutor.Tutoring.Storage;

namespace ElectroTutor.Data.Tests.Stores;

public sealed class AttemptStoreTest
{
    [Theory]
    [OnSqlite]
    [OnPostgres]
    public async Task Attempt_round_trips_every_field(DatabaseProvider provider)
    {
        using var temp = TempDatabase.Migrated(provider);
        var learner = await new LearnerStore(temp.Database).GetOrCreateAsync(new LearnerKey("msteams", "u1"), "Ada", Records.Noon);
        var store = new AttemptStore(temp.Database);
        var attempt = Records.Attempt(learner.Id, "act-1") with { AnsweredAt = Records.Noon.ToOffset(TimeSpan.FromHours(2)) };

        var recorded = await store.RecordAsync(attempt);

        Assert.False(recorded.IsRepeat);
        var stored = Assert.Single(await store.ForLearnerAsync(learner.Id));
        Assert.Equal(recorded.Id, stored.Id);
        Assert.Equal(attempt with { AnsweredAt = Records.Noon }, stored.Attempt);
        Assert.Equal(Records.Noon, stored.Attempt.AnsweredAt);
    }

    [Theory]
    [OnSqlite]
    [OnPostgres]
    public async Task Same_activity_delivered_twice_records_one_attempt_and_returns_the_first_outcome(DatabaseProvider provider)
    {
        using var temp = TempDatabase.Migrated(provider);
        var learner = await new LearnerStore(temp.Database).GetOrCreateAsync(new LearnerKey("msteams", "u1"), "Ada", Records.Noon);
        var store = new AttemptStore(temp.Database);

        var first = await store.RecordAsync(Records.Attempt(learner.Id, "act-1", "-65 mV"));
        var second = await store.RecordAsync(Records.Attempt(learner.Id, "act-1", "-90 mV") with { Verdict = AnswerVerdict.Correct });

        Assert.True(second.IsRepeat);
        Assert.Equal(first.Id, second.Id);
        Assert.Equal(first.Attempt, second.Attempt);
        Assert.Equal(1, temp.Count("SELECT count(*) FROM attempts"));
    }

    [Theory]
    [OnSqlite]
    [OnPostgres]
    public async Task Simultaneous_redeliveries_still_record_one_attempt(DatabaseProvider provider)
    {
        using var temp = TempDatabase.Migrated(provider);
        var learner = await new LearnerStore(temp.Database).GetOrCreateAsync(new LearnerKey("msteams", "u1"), "Ada", Records.Noon);
        var store = new AttemptStore(temp.Database);

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => store.RecordAsync(Records.Attempt(learner.Id, "act-race")))));

        Assert.Single(results.Select(r => r.Id).Distinct());
        Assert.Single(results, r => !r.IsRepeat);
        Assert.Equal(1, temp.Count("SELECT count(*) FROM attempts"));
    }

    [Theory]
    [OnSqlite]
    [OnPostgres]
    public async Task Activity_ids_are_scoped_to_their_channel_and_attempts_without_one_are_always_recorded(DatabaseProvider provider)
    {
        using var temp = TempDatabase.Migrated(provider);
        var learner = await new LearnerStore(temp.Database).GetOrCreateAsync(new LearnerKey("msteams", "u1"), "Ada", Records.Noon);
        var store = new AttemptStore(temp.Database);

        await store.RecordAsync(Records.Attempt(learner.Id, "act-1", channel: "msteams"));
        var otherChannel = await store.RecordAsync(Records.Attempt(learner.Id, "act-1", channel: "directline"));
        var scripted1 = await store.RecordAsync(Records.Attempt(learner.Id, activityId: null));
        var scripted2 = await store.RecordAsync(Records.Attempt(learner.Id, activityId: null));

        Assert.False(otherChannel.IsRepeat);
        Assert.NotEqual(scripted1.Id, scripted2.Id);
        Assert.Equal(4, temp.Count("SELECT count(*) FROM attempts"));
    }
}
