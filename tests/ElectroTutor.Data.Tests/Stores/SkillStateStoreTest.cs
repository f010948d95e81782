using ElectroTutor.Data.Connection;
using ElectroTutor.Data.Stores;
using ElectroTutor.Tutoring.Storage;

namespace ElectroTutor.Data.Tests.Stores;

public sealed class SkillStateStoreTest
{
    [Theory]
    [OnSqlite]
    [OnPostgres]
    public async Task Saving_inserts_then_replaces_the_state_of_one_learner_and_skill(DatabaseProvider provider)
    {
        using var temp = TempDatabase.Migrated(provider);
        var learner = await new LearnerStore(temp.Database).GetOrCreateAsync(new LearnerKey("cli", "me"), "Me", Records.Noon);
        var store = new SkillStateStore(temp.Database);

        await store.SaveAsync(new SkillStateRecord(learner.Id, "nernst", 0.3, 1, 0, Records.Noon, null));
        await store.SaveAsync(new SkillStateRecord(learner.Id, "ghk", 0.5, 2, 1, Records.Noon, null));
        var updated = new SkillStateRecord(learner.Id, "nernst", 0.55, 2, 1, Records.Noon.AddMinutes(5), Records.Noon.AddDays(2));
        await store.SaveAsync(updated);

        var states = await store.ForLearnerAsync(learner.Id);
        Assert.Equal(["ghk", "nernst"], states.Select(s => s.SkillId));
        Assert.Equal(updated, states[1]);
    }

    [Theory]
    [OnSqlite]
    [OnPostgres]
    public async Task Review_memory_round_trips_in_utc(DatabaseProvider provider)
    {
        using var temp = TempDatabase.Migrated(provider);
        var learner = await new LearnerStore(temp.Database).GetOrCreateAsync(new LearnerKey("cli", "me"), "Me", Records.Noon);
        var store = new SkillStateStore(temp.Database);
        var state = Records.Skill(learner.Id, "nernst") with { LastReviewedAt = Records.Noon.ToOffset(TimeSpan.FromHours(-5)) };

        await store.SaveAsync(state);

        var stored = Assert.Single(await store.ForLearnerAsync(learner.Id));
        Assert.Equal(state, stored);
        Assert.Equal((1.5, 2, 1), (stored.ReviewStabilityDays, stored.Reviews, stored.Lapses));
        Assert.Equal(TimeSpan.Zero, stored.LastReviewedAt?.Offset);
    }
}
