using ElectroTutor.Data.Connection;
using ElectroTutor.Data.Stores;
using ElectroTutor.Tutoring.Storage;
using Microsoft.Data.Sqlite;

namespace ElectroTutor.Data.Tests.Stores;

public sealed class GroupCommitTurnStoreTest
{
    [Theory]
    [OnSqlite]
    [OnPostgres]
    public async Task Turns_of_different_learners_waiting_together_are_stored_in_one_batch(DatabaseProvider provider)
    {
        using var temp = TempDatabase.Migrated(provider);
        var learners = await NewLearners(temp, 5);
        var start = new TaskCompletionSource();
        await using var store = new GroupCommitTurnStore(temp.Database, TimeProvider.System, 64, start.Task);

        var commits = learners.Select(id => store.CommitAsync(new TurnCommit(id, 0, $"state of {id}")
        {
            Attempts = [Records.Attempt(id, $"act-{id}")],
            SkillStates = [Records.Skill(id, "nernst")],
        })).ToList();
        start.SetResult();
        var results = await Task.WhenAll(commits);

        Assert.All(results, r => Assert.True(r.Saved));
        Assert.All(results, r => Assert.Equal(1, r.Version));
        Assert.Equal((1L, 5), (store.BatchesWritten, store.LargestBatch));
        Assert.Equal(5, temp.Count("SELECT count(*) FROM conversation_states"));
        Assert.Equal(5, temp.Count("SELECT count(*) FROM attempts"));
        Assert.Equal(5, temp.Count("SELECT count(*) FROM skill_states"));
        var conversations = new ConversationStateStore(temp.Database, TimeProvider.System);
        Assert.Equal(new ConversationSnapshot(learners[2], $"state of {learners[2]}", 1), await conversations.LoadAsync(learners[2]));
    }

    [Theory]
    [OnSqlite]
    [OnPostgres]
    public async Task Of_two_turns_of_one_learner_from_one_version_in_a_batch_one_saves_and_the_other_is_a_conflict(DatabaseProvider provider)
    {
        using var temp = TempDatabase.Migrated(provider);
        var learners = await NewLearners(temp, 2);
        var start = new TaskCompletionSource();
        await using var store = new GroupCommitTurnStore(temp.Database, TimeProvider.System, 64, start.Task);

        var first = store.CommitAsync(new TurnCommit(learners[0], 0, "first") { Attempts = [Records.Attempt(learners[0], "act-1")] });
        var second = store.CommitAsync(new TurnCommit(learners[0], 0, "second") { Attempts = [Records.Attempt(learners[0], "act-2")] });
        var other = store.CommitAsync(new TurnCommit(learners[1], 0, "other"));
        start.SetResult();

        Assert.True((await first).Saved);
        var conflict = await second;
        Assert.True(conflict.IsConflict);
        Assert.Equal(1, conflict.Version);
        Assert.Empty(conflict.Attempts);
        Assert.True((await other).Saved);
        Assert.Equal(1, store.BatchesWritten);
        Assert.Equal("act-1", Assert.Single(await new AttemptStore(temp.Database).ForLearnerAsync(learners[0])).Attempt.ActivityId);
        Assert.Equal("first", (await new ConversationStateStore(temp.Database, TimeProvider.System).LoadAsync(learners[0]))?.StateJson);
    }

    [Theory]
    [OnSqlite]
    [OnPostgres]
    public async Task A_turn_the_database_refuses_fails_alone_and_the_rest_of_its_batch_is_stored(DatabaseProvider provider)
    {
        using var temp = TempDatabase.Migrated(provider);
        var learners = await NewLearners(temp, 3);
        await new LearnerStore(temp.Database).ForgetAsync(learners[1]);
        var start = new TaskCompletionSource();
        await using var store = new GroupCommitTurnStore(temp.Database, TimeProvider.System, 64, start.Task);

        var commits = learners.Select(id => store.CommitAsync(new TurnCommit(id, 0, "{}") { Attempts = [Records.Attempt(id, $"act-{id}")] })).ToList();
        start.SetResult();

        Assert.True((await commits[0]).Saved);
        var error = await Assert.ThrowsAsync<TutorDatabaseException>(() => commits[1]);
        Assert.Contains($"Learner {learners[1]}'s turn was not stored", error.Message, StringComparison.Ordinal);
        Assert.Contains("does not exist", error.Message, StringComparison.Ordinal);
        Assert.True((await commits[2]).Saved);
        Assert.Equal(1, store.BatchesWritten);
        Assert.Equal(2, temp.Count("SELECT count(*) FROM attempts"));
        Assert.Equal(2, temp.Count("SELECT count(*) FROM conversation_states"));
    }

    [Fact]
    public async Task A_batch_that_cannot_commit_fails_all_its_turns_politely_and_the_next_batch_is_stored()
    {
        using var temp = TempDatabase.Migrated("Default Timeout=1");
        var learners = await NewLearners(temp, 3);
        var start = new TaskCompletionSource();
        await using var store = new GroupCommitTurnStore(temp.Database, TimeProvider.System, 64, start.Task);

        Task<TurnCommitResult>[] locked;
        // Unpooled, so that closing it really ends its transaction and frees the file.
        using (var other = new SqliteConnection($"Data Source={temp.FilePath};Pooling=False"))
        {
            other.Open();
            using (var begin = other.CreateCommand())
            {
                begin.CommandText = "BEGIN IMMEDIATE;";
                begin.ExecuteNonQuery();
            }

            locked = [.. learners.Take(2).Select(id => store.CommitAsync(new TurnCommit(id, 0, "{}") { Attempts = [Records.Attempt(id, $"act-{id}")] }))];
            start.SetResult();
            foreach (var commit in locked)
            {
                var error = await Assert.ThrowsAsync<TutorDatabaseException>(() => commit);
                Assert.Contains("locked by another process", error.Message, StringComparison.Ordinal);
            }
        }

        var later = await store.CommitAsync(new TurnCommit(learners[2], 0, "{}") { Attempts = [Records.Attempt(learners[2], "act-later")] });

        Assert.True(later.Saved);
        Assert.Equal(1, temp.Count("SELECT count(*) FROM attempts"));
        Assert.Equal(1, temp.Count("SELECT count(*) FROM conversation_states"));
    }

    [Theory]
    [OnPostgres]
    public async Task A_connection_the_database_closes_fails_its_batch_politely_and_the_next_batch_connects_again(DatabaseProvider provider)
    {
        using var temp = TempDatabase.Migrated(provider);
        var learners = await NewLearners(temp, 2);
        await using var store = new GroupCommitTurnStore(temp.Database, TimeProvider.System);
        Assert.True((await store.CommitAsync(new TurnCommit(learners[0], 0, "{}"))).Saved);

        // What a restart of the database server does to the writer's open connection.
        temp.Execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()");

        var error = await Assert.ThrowsAsync<TutorDatabaseException>(() => store.CommitAsync(new TurnCommit(learners[1], 0, "{}")));
        Assert.Contains("was not stored", error.Message, StringComparison.Ordinal);
        Assert.True((await store.CommitAsync(new TurnCommit(learners[1], 0, "{}"))).Saved);
        Assert.Equal(2, temp.Count("SELECT count(*) FROM conversation_states"));
    }

    [Theory]
    [OnSqlite]
    [OnPostgres]
    public async Task A_redelivered_answer_is_stored_once_and_reported_as_a_repeat(DatabaseProvider provider)
    {
        using var temp = TempDatabase.Migrated(provider);
        var learnerId = (await NewLearners(temp, 1))[0];
        await using var store = new GroupCommitTurnStore(temp.Database, TimeProvider.System);
        var first = await store.CommitAsync(new TurnCommit(learnerId, 0, "1") { Attempts = [Records.Attempt(learnerId, "act-1")] });

        var again = await store.CommitAsync(new TurnCommit(learnerId, 1, "2") { Attempts = [Records.Attempt(learnerId, "act-1", "-90 mV")] });

        Assert.True(again.Saved);
        Assert.True(again.Attempts[0].IsRepeat);
        Assert.Equal(first.Attempts[0].Id, again.Attempts[0].Id);
        Assert.Equal("-65 mV", again.Attempts[0].Attempt.RawAnswer);
        Assert.Equal(1, temp.Count("SELECT count(*) FROM attempts"));
    }

    [Fact]
    public async Task Closing_writes_the_turns_already_queued_and_refuses_later_ones()
    {
        using var temp = TempDatabase.Migrated();
        var learners = await NewLearners(temp, 3);
        var start = new TaskCompletionSource();
        var store = new GroupCommitTurnStore(temp.Database, TimeProvider.System, 2, start.Task);
        var queued = learners.Select(id => store.CommitAsync(new TurnCommit(id, 0, "{}"))).ToList();

        var closing = store.DisposeAsync();
        start.SetResult();
        await closing;

        Assert.All(await Task.WhenAll(queued), r => Assert.True(r.Saved));
        Assert.Equal((2L, 2), (store.BatchesWritten, store.LargestBatch));
        var refused = await Assert.ThrowsAsync<TutorDatabaseException>(() => store.CommitAsync(new TurnCommit(learners[0], 1, "{}")));
        Assert.Contains("shutting down", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_attempt_of_another_learner_is_refused_before_it_is_queued()
    {
        using var temp = TempDatabase.Migrated();
        await using var store = new GroupCommitTurnStore(temp.Database, TimeProvider.System);

        await Assert.ThrowsAsync<ArgumentException>(() => store.CommitAsync(new TurnCommit(1, 0, "{}") { Attempts = [Records.Attempt(2, "x")] }));
        Assert.Equal(0, store.BatchesWritten);
    }

    [Theory]
    [OnSqlite]
    [OnPostgres]
    public async Task Skill_states_are_replaced_by_later_turns_and_cleared_by_a_reset_and_what_is_returned_is_what_is_stored(DatabaseProvider provider)
    {
        using var temp = TempDatabase.Migrated(provider);
        var learnerId = (await NewLearners(temp, 1))[0];
        await using var store = new GroupCommitTurnStore(temp.Database, TimeProvider.System);
        var skills = new SkillStateStore(temp.Database);
        var reviewed = Records.Skill(learnerId, "nernst", mastery: 0.75, attempts: 3, correct: 2) with
        {
            LastPracticedAt = Records.Noon.AddMinutes(5),
            NextReviewAt = Records.Noon.AddDays(2),
            ReviewStabilityDays = 1.5,
            LastReviewedAt = Records.Noon,
            Reviews = 1,
        };

        var first = await store.CommitAsync(new TurnCommit(learnerId, 0, "1")
        {
            Attempts = [Records.Attempt(learnerId, "act-1"), Records.Attempt(learnerId, activityId: null)],
            SkillStates = [Records.Skill(learnerId, "nernst"), Records.Skill(learnerId, "ghk")],
        });
        await store.CommitAsync(new TurnCommit(learnerId, 1, "2")
        {
            SkillStates = [Records.Skill(learnerId, "nernst", mastery: 0.6), reviewed],
            DisplayName = "Ada L.",
        });

        Assert.Equal(
            [Records.Skill(learnerId, "ghk"), reviewed],
            (await skills.ForLearnerAsync(learnerId)).OrderBy(s => s.SkillId, StringComparer.Ordinal));
        Assert.Equal(first.Attempts, (await new AttemptStore(temp.Database).ForLearnerAsync(learnerId)).OrderBy(a => a.Id));
        Assert.Equal("Ada L.", (await new LearnerStore(temp.Database).FindAsync(new LearnerKey("msteams", "u0")))?.DisplayName);

        await store.CommitAsync(new TurnCommit(learnerId, 2, "3") { ResetSkillStates = true, SkillStates = [Records.Skill(learnerId, "ohm")] });

        Assert.Equal([Records.Skill(learnerId, "ohm")], await skills.ForLearnerAsync(learnerId));
        Assert.Equal(3, (await new ConversationStateStore(temp.Database, TimeProvider.System).LoadAsync(learnerId))?.Version);
    }

    private static async Task<List<long>> NewLearners(TempDatabase temp, int count)
    {
        var learners = new LearnerStore(temp.Database);
        var ids = new List<long>(count);
        for (var i = 0; i < count; i++)
        {
            ids.Add((await learners.GetOrCreateAsync(new LearnerKey("msteams", $"u{i}"), "Ada", Records.Noon)).Id);
        }

        return ids;
    }
}
