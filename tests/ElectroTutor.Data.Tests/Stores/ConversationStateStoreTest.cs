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

    [Theory]
    [OnSqlite]
    [OnPostgres]
    public async Task Turns_alternating_between_two_instances_lose_no_update(DatabaseProvider provider)
    {
        using var temp = TempDatabase.Migrated(provider);
        var (_, learnerId) = await Arrange(temp);

        // Two server instances: separate database objects (and connection pools) on the same database.
        var instances = Enumerable.Range(0, 2)
            .Select(_ => new ConversationStateStore(TutorDatabase.Create(provider.ToString(), temp.Database.ConnectionString), TimeProvider.System))
            .ToArray();
        await instances[0].SaveAsync(learnerId, "0", 0);
        const int TurnsPerInstance = 15;

        // Each turn loads, adds one and saves; a conflict means the other instance saved first, so the turn reloads.
        await Task.WhenAll(instances.Select(store => Task.Run(async () =>
        {
            for (var turn = 0; turn < TurnsPerInstance; turn++)
            {
                while (true)
                {
                    var loaded = (await store.LoadAsync(learnerId))!;
                    var count = int.Parse(loaded.StateJson, System.Globalization.CultureInfo.InvariantCulture);
                    var saved = await store.SaveAsync(learnerId, (count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), loaded.Version);
                    if (saved.Saved)
                    {
                        break;
                    }
                }
            }
        })));

        var final = (await instances[1].LoadAsync(learnerId))!;
        Assert.Equal((2 * TurnsPerInstance).ToString(System.Globalization.CultureInfo.InvariantCulture), final.StateJson);
        Assert.Equal(1 + (2 * TurnsPerInstance), final.Version);
    }

    private static async Task<(ConversationStateStore Store, long LearnerId)> Arrange(TempDatabase temp)
    {
        var learner = await new LearnerStore(temp.Database).GetOrCreateAsync(new LearnerKey("directline", "u1"), "Ada", Records.Noon);
        return (new ConversationStateStore(temp.Database, TimeProvider.System), learner.Id);
    }
}
