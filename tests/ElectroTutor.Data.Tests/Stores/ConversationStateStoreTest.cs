using ElectroTutor.Data.Connection;
using ElectroTutor.Data.Stores;
using ElectroTutor.Tutoring.Storage;

namespace ElectroTutor.Data.Tests.Stores;

public sealed class ConversationStateStoreTest
{
    [Theory]
    [OnSqlite]
    [OnPostgres]
    public async Task First_save_creates_version_1_and_each_later_save_adds_one(DatabaseProvider provider)
    {
        using var temp = TempDatabase.Migrated(provider);
        var (store, learnerId) = await Arrange(temp);

        Assert.Null(await store.LoadAsync(learnerId));
        Assert.Equal(new ConversationSave(true, 1), await store.SaveAsync(learnerId, "{\"step\":1}", 0));
        Assert.Equal(new ConversationSave(true, 2), await store.SaveAsync(learnerId, "{\"step\":2}", 1));
        Assert.Equal(new ConversationSnapshot(learnerId, "{\"step\":2}", 2), await store.LoadAsync(learnerId));
    }

    [Theory]
    [OnSqlite]
    [OnPostgres]
    public async Task Two_turns_from_the_same_version_one_saves_and_the_other_gets_a_conflict(DatabaseProvider provider)
    {
        using var temp = TempDatabase.Migrated(provider);
        var (store, learnerId) = await Arrange(temp);
        await store.SaveAsync(learnerId, "{\"step\":\"start\"}", 0);
        var turnA = await store.LoadAsync(learnerId);
        var turnB = await store.LoadAsync(learnerId);

        var savedA = await store.SaveAsync(learnerId, "{\"step\":\"A\"}", turnA!.Version);
        var savedB = await store.SaveAsync(learnerId, "{\"step\":\"B\"}", turnB!.Version);

        Assert.True(savedA.Saved);
        Assert.True(savedB.IsConflict);
        Assert.Equal(2, savedB.Version);
        Assert.Equal("{\"step\":\"A\"}", (await store.LoadAsync(learnerId))!.StateJson);
    }

    [Theory]
    [OnSqlite]
    [OnPostgres]
    public async Task Parallel_updates_from_one_version_let_exactly_one_win(DatabaseProvider provider)
    {
        using var temp = TempDatabase.Migrated(provider);
        var (store, learnerId) = await Arrange(temp);
        await store.SaveAsync(learnerId, "{}", 0);

        var saves = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => Task.Run(() => store.SaveAsync(learnerId, $"{{\"turn\":{i}}}", 1))));

        var winner = Assert.Single(saves, s => s.Saved);
        Assert.Equal(2, winner.Version);
        Assert.All(saves.Where(s => s.IsConflict), s => Assert.Equal(2, s.Version));
        Assert.Equal(2, (await store.LoadAsync(learnerId))!.Version);
    }

    [Theory]
    [OnSqlite]
    [OnPostgres]
    public async Task Two_first_saves_cannot_both_create_the_state(DatabaseProvider provider)
    {
        using var temp = TempDatabase.Migrated(provider);
        var (store, learnerId) = await Arrange(temp);

        var first = await store.SaveAsync(learnerId, "{\"who\":1}", 0);
        var second = await store.SaveAsync(learnerId, "{\"who\":2}", 0);

        Assert.True(first.Saved);
        Assert.Equal(new ConversationSave(false, 1), second);
        Assert.Equal("{\"who\":1}", (await store.LoadAsync(learnerId))!.StateJson);
    }

    private static async Task<(ConversationStateStore Store, long LearnerId)> Arrange(TempDatabase temp)
    {
        var learner = await new LearnerStore(temp.Database).GetOrCreateAsync(new LearnerKey("directline", "u1"), "Ada", Records.Noon);
        return (new ConversationStateStore(temp.Database, TimeProvider.System), learner.Id);
    }
}
