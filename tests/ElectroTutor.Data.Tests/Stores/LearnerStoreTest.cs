using System.Data.Common;
using ElectroTutor.Data.Connection;
using ElectroTutor.Data.Stores;
using ElectroTutor.Tutoring.Storage;

namespace ElectroTutor.Data.Tests.Stores;

public sealed class LearnerStoreTest
{
    [Theory]
    [OnSqlite]
    [OnPostgres]
    public async Task Same_channel_identity_is_one_learner_and_another_channel_is_another(DatabaseProvider provider)
    {
        using var temp = TempDatabase.Migrated(provider);
        var store = new LearnerStore(temp.Database);

        var first = await store.GetOrCreateAsync(new LearnerKey("msteams", "u1"), "Ada", Records.Noon);
        var again = await store.GetOrCreateAsync(new LearnerKey("msteams", "u1"), "Ada L.", Records.Noon.AddDays(1));
        var elsewhere = await store.GetOrCreateAsync(new LearnerKey("directline", "u1"), "Ada", Records.Noon);

        Assert.Equal(first, again);
        Assert.NotEqual(first.Id, elsewhere.Id);
        Assert.Equal(first, await store.FindAsync(new LearnerKey("msteams", "u1")));
        Assert.Null(await store.FindAsync(new LearnerKey("msteams", "nobody")));
    }

    [Theory]
    [OnSqlite]
    [OnPostgres]
    public async Task First_messages_arriving_together_create_one_learner(DatabaseProvider provider)
    {
        using var temp = TempDatabase.Migrated(provider);
        var store = new LearnerStore(temp.Database);

        var learners = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => store.GetOrCreateAsync(new LearnerKey("msteams", "u1"), "Ada", Records.Noon))));

        Assert.Single(learners.Select(l => l.Id).Distinct());
        Assert.Equal(1, temp.Count("SELECT count(*) FROM learners"));
    }

    [Theory]
    [OnSqlite]
    [OnPostgres]
    public async Task Forgetting_a_learner_deletes_their_rows_and_only_theirs(DatabaseProvider provider)
    {
        using var temp = TempDatabase.Migrated(provider);
        var forgotten = await Populate(temp, "u-forget", "act-f");
        var kept = await Populate(temp, "u-keep", "act-k");
        temp.Execute($"""
            INSERT INTO instructors (login_name, api_token_hash, created_at) VALUES ('grace', 'sha256$x', '2026-11-21 00:00:00+00:00');
            INSERT INTO classes (name, join_code, instructor_id, created_at) VALUES ('Physiology', 'AXON42', 1, '2026-11-21 00:00:00+00:00');
            INSERT INTO enrollments VALUES (1, {forgotten}, '2026-11-21 00:00:00+00:00'), (1, {kept}, '2026-11-21 00:00:00+00:00');
            """);

        var erasure = await new LearnerStore(temp.Database).ForgetAsync(forgotten);

        Assert.Equal(new LearnerErasure(Learners: 1, Attempts: 2, SkillStates: 1, Conversations: 1, Enrollments: 1), erasure);
        foreach (var table in new[] { "attempts", "skill_states", "conversation_states", "enrollments" })
        {
            Assert.Equal(0, temp.Count($"SELECT count(*) FROM {table} WHERE learner_id = {forgotten}"));
            Assert.True(temp.Count($"SELECT count(*) FROM {table} WHERE learner_id = {kept}") > 0, table);
        }

        Assert.Equal(1, temp.Count("SELECT count(*) FROM learners"));
        Assert.Equal(1, temp.Count("SELECT count(*) FROM classes"));
    }

    [Theory]
    [OnSqlite]
    [OnPostgres]
    public async Task Forgetting_an_unknown_learner_removes_nothing(DatabaseProvider provider)
    {
        using var temp = TempDatabase.Migrated(provider);
        await Populate(temp, "u1", "act-1");

        var erasure = await new LearnerStore(temp.Database).ForgetAsync(999);

        Assert.Equal(new LearnerErasure(0, 0, 0, 0, 0), erasure);
        Assert.Equal(2, temp.Count("SELECT count(*) FROM attempts"));
    }

    [Theory]
    [OnSqlite]
    [OnPostgres]
    public void Foreign_keys_are_enforced(DatabaseProvider provider)
    {
        using var temp = TempDatabase.Migrated(provider);

        var error = Assert.ThrowsAny<DbException>(() => temp.Execute(
            "INSERT INTO skill_states (learner_id, skill_id, mastery) VALUES (12345, 'nernst', 0.5)"));

        Assert.Contains("foreign key", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    private static async Task<long> Populate(TempDatabase temp, string userId, string activityId)
    {
        var learner = await new LearnerStore(temp.Database).GetOrCreateAsync(new LearnerKey("msteams", userId), userId, Records.Noon);
        var attempts = new AttemptStore(temp.Database);
        await attempts.RecordAsync(Records.Attempt(learner.Id, activityId));
        await attempts.RecordAsync(Records.Attempt(learner.Id, activityId + "-2"));
        await new SkillStateStore(temp.Database).SaveAsync(new SkillStateRecord(learner.Id, "nernst", 0.4, 2, 1, Records.Noon, null));
        await new ConversationStateStore(temp.Database, TimeProvider.System).SaveAsync(learner.Id, "{}", 0);
        return learner.Id;
    }
}
