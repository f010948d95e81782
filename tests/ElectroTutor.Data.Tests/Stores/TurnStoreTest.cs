using ElectroTutor.Data.Connection;
using ElectroTutor.Data.Stores;
using ElectroTutor.Tutoring.Answers;
using ElectroTutor.Tutoring.Storage;

namespace ElectroTutor.Data.Tests.Stores;

public sealed class TurnStoreTest
{
    [Theory]
    [OnSqlite]
    [OnPostgres]
    public async Task A_first_turn_stores_state_attempts_skills_and_name_together(DatabaseProvider provider)
    {
        using var temp = TempDatabase.Migrated(provider);
        var learnerId = await NewLearner(temp);
        var commit = new TurnCommit(learnerId, 0, """{"step":"asked"}""")
        {
            Attempts = [Records.Attempt(learnerId, "act-1"), Records.Attempt(learnerId, activityId: null)],
            SkillStates = [Records.Skill(learnerId, "nernst"), Records.Skill(learnerId, "ghk", mastery: 0.2)],
            DisplayName = "Ada L.",
        };

        var result = await new TurnStore(temp.Database, TimeProvider.System).CommitAsync(commit);

        Assert.True(result.Saved);
        Assert.Equal(1, result.Version);
        Assert.Equal(2, result.Attempts.Count);
        Assert.All(result.Attempts, a => Assert.False(a.IsRepeat));
        Assert.Equal(commit.Attempts, result.Attempts.Select(a => a.Attempt));
        Assert.Equal(result.Attempts.Select(a => a.Id), (await new AttemptStore(temp.Database).ForLearnerAsync(learnerId)).Select(a => a.Id));
        Assert.Equal(new ConversationSnapshot(learnerId, """{"step":"asked"}""", 1), await Conversations(temp).LoadAsync(learnerId));
        Assert.Equal(commit.SkillStates.OrderBy(s => s.SkillId, StringComparer.Ordinal), await new SkillStateStore(temp.Database).ForLearnerAsync(learnerId));
        Assert.Equal("Ada L.", (await new LearnerStore(temp.Database).FindByIdAsync(learnerId))?.DisplayName);
    }

    [Theory]
    [OnSqlite]
    [OnPostgres]
    public async Task A_later_turn_moves_the_version_on_by_one_and_replaces_changed_skills(DatabaseProvider provider)
    {
        using var temp = TempDatabase.Migrated(provider);
        var learnerId = await NewLearner(temp);
        var store = new TurnStore(temp.Database, TimeProvider.System);
        await store.CommitAsync(new TurnCommit(learnerId, 0, "1") { SkillStates = [Records.Skill(learnerId, "nernst"), Records.Skill(learnerId, "ghk")] });
        var changed = Records.Skill(learnerId, "nernst", mastery: 0.9, attempts: 3, correct: 2);

        var result = await store.CommitAsync(new TurnCommit(learnerId, 1, "2") { SkillStates = [changed] });

        Assert.True(result.Saved);
        Assert.Equal(2, result.Version);
        Assert.Equal("2", (await Conversations(temp).LoadAsync(learnerId))?.StateJson);
        var skills = await new SkillStateStore(temp.Database).ForLearnerAsync(learnerId);
        Assert.Equal([Records.Skill(learnerId, "ghk"), changed], skills);
        Assert.Equal("Ada", (await new LearnerStore(temp.Database).FindByIdAsync(learnerId))?.DisplayName);
    }

    [Theory]
    [OnSqlite]
    [OnPostgres]
    public async Task A_turn_from_a_version_that_moved_on_is_a_conflict_and_writes_nothing(DatabaseProvider provider)
    {
        using var temp = TempDatabase.Migrated(provider);
        var learnerId = await NewLearner(temp);
        var store = new TurnStore(temp.Database, TimeProvider.System);
        await store.CommitAsync(new TurnCommit(learnerId, 0, "first") { SkillStates = [Records.Skill(learnerId, "nernst")] });
        await store.CommitAsync(new TurnCommit(learnerId, 1, "second"));
        var before = Snapshot(temp);

        var stale = await store.CommitAsync(new TurnCommit(learnerId, 1, "stale")
        {
            Attempts = [Records.Attempt(learnerId, "act-stale")],
            SkillStates = [Records.Skill(learnerId, "ghk")],
            ResetSkillStates = true,
            DisplayName = "Someone else",
        });
        var staleFirst = await store.CommitAsync(new TurnCommit(learnerId, 0, "also stale") { Attempts = [Records.Attempt(learnerId, "act-stale-2")] });

        Assert.True(stale.IsConflict);
        Assert.Equal(2, stale.Version);
        Assert.Empty(stale.Attempts);
        Assert.True(staleFirst.IsConflict);
        Assert.Equal(2, staleFirst.Version);
        Assert.Equal(before, Snapshot(temp));
        Assert.Equal("second", (await Conversations(temp).LoadAsync(learnerId))?.StateJson);
    }

    [Theory]
    [OnSqlite]
    [OnPostgres]
    public async Task A_redelivered_answer_is_returned_as_the_stored_attempt_and_the_turn_still_saves(DatabaseProvider provider)
    {
        using var temp = TempDatabase.Migrated(provider);
        var learnerId = await NewLearner(temp);
        var store = new TurnStore(temp.Database, TimeProvider.System);
        var first = await store.CommitAsync(new TurnCommit(learnerId, 0, "1") { Attempts = [Records.Attempt(learnerId, "act-1", "-65 mV")] });

        var again = await store.CommitAsync(new TurnCommit(learnerId, 1, "2")
        {
            Attempts =
            [
                Records.Attempt(learnerId, "act-1", "-90 mV") with { Verdict = AnswerVerdict.Correct },
                Records.Attempt(learnerId, "act-2"),
                Records.Attempt(learnerId, "act-2", "the same message twice in one turn"),
            ],
        });

        Assert.True(again.Saved);
        Assert.Equal(2, again.Version);
        Assert.True(again.Attempts[0].IsRepeat);
        Assert.Equal(first.Attempts[0].Id, again.Attempts[0].Id);
        Assert.Equal("-65 mV", again.Attempts[0].Attempt.RawAnswer);
        Assert.False(again.Attempts[1].IsRepeat);
        Assert.True(again.Attempts[2].IsRepeat);
        Assert.Equal(again.Attempts[1].Id, again.Attempts[2].Id);
        Assert.Equal(2, temp.Count("SELECT count(*) FROM attempts"));
    }

    [Theory]
    [OnSqlite]
    [OnPostgres]
    public async Task An_answer_recorded_meanwhile_by_the_attempt_log_is_a_repeat_in_the_turn(DatabaseProvider provider)
    {
        using var temp = TempDatabase.Migrated(provider);
        var learnerId = await NewLearner(temp);
        var logged = await new AttemptStore(temp.Database).RecordAsync(Records.Attempt(learnerId, "act-9"));

        var result = await new TurnStore(temp.Database, TimeProvider.System).CommitAsync(new TurnCommit(learnerId, 0, "{}") { Attempts = [Records.Attempt(learnerId, "act-9")] });

        var attempt = Assert.Single(result.Attempts);
        Assert.True(attempt.IsRepeat);
        Assert.Equal(logged.Id, attempt.Id);
        Assert.Equal(1, temp.Count("SELECT count(*) FROM attempts"));
    }

    [Theory]
    [OnSqlite]
    [OnPostgres]
    public async Task A_turn_for_a_learner_who_no_longer_exists_fails_clearly_and_writes_nothing(DatabaseProvider provider)
    {
        using var temp = TempDatabase.Migrated(provider);
        var learnerId = await NewLearner(temp);
        await new LearnerStore(temp.Database).ForgetAsync(learnerId);
        var before = Snapshot(temp);

        var error = await Assert.ThrowsAsync<TutorDatabaseException>(() => new TurnStore(temp.Database, TimeProvider.System).CommitAsync(
            new TurnCommit(learnerId, 0, "{}") { Attempts = [Records.Attempt(learnerId, "act-1")], SkillStates = [Records.Skill(learnerId, "nernst")] }));

        Assert.Contains($"Learner {learnerId}'s turn was not stored", error.Message, StringComparison.Ordinal);
        Assert.Contains("does not exist", error.Message, StringComparison.Ordinal);
        Assert.Contains("nothing was changed", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(temp));
    }

    [Theory]
    [OnSqlite]
    [OnPostgres]
    public async Task A_failure_after_the_state_attempts_and_reset_were_written_rolls_all_of_them_back(DatabaseProvider provider)
    {
        using var temp = TempDatabase.Migrated(provider);
        var learnerId = await NewLearner(temp);
        var store = new TurnStore(temp.Database, TimeProvider.System);
        await store.CommitAsync(new TurnCommit(learnerId, 0, "kept") { SkillStates = [Records.Skill(learnerId, "nernst")], Attempts = [Records.Attempt(learnerId, "act-1")] });
        var before = Snapshot(temp);

        // The version is claimed, the skill states deleted and the name changed before the out-of-range mastery is refused.
        var error = await Assert.ThrowsAsync<TutorDatabaseException>(() => store.CommitAsync(new TurnCommit(learnerId, 1, "lost")
        {
            Attempts = [Records.Attempt(learnerId, "act-2")],
            ResetSkillStates = true,
            SkillStates = [Records.Skill(learnerId, "ghk"), Records.Skill(learnerId, "nernst", mastery: 1.5)],
            DisplayName = "Lost",
        }));

        Assert.Contains("refused a value", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(temp));
        Assert.Equal(new ConversationSnapshot(learnerId, "kept", 1), await Conversations(temp).LoadAsync(learnerId));
        Assert.True((await store.CommitAsync(new TurnCommit(learnerId, 1, "next"))).Saved);
    }

    [Theory]
    [OnSqlite]
    [OnPostgres]
    public async Task A_reset_replaces_every_skill_state_of_the_learner_and_no_one_elses(DatabaseProvider provider)
    {
        using var temp = TempDatabase.Migrated(provider);
        var learnerId = await NewLearner(temp);
        var otherId = await NewLearner(temp, "u2");
        var store = new TurnStore(temp.Database, TimeProvider.System);
        await store.CommitAsync(new TurnCommit(learnerId, 0, "1") { SkillStates = [Records.Skill(learnerId, "nernst"), Records.Skill(learnerId, "ghk")] });
        await store.CommitAsync(new TurnCommit(otherId, 0, "1") { SkillStates = [Records.Skill(otherId, "nernst")] });
        var fresh = new SkillStateRecord(learnerId, "ghk", 0.1, 0, 0, null, null);

        var result = await store.CommitAsync(new TurnCommit(learnerId, 1, "2") { ResetSkillStates = true, SkillStates = [fresh] });

        Assert.True(result.Saved);
        var skills = new SkillStateStore(temp.Database);
        Assert.Equal([fresh], await skills.ForLearnerAsync(learnerId));
        Assert.Single(await skills.ForLearnerAsync(otherId));
    }

    [Theory]
    [OnSqlite]
    [OnPostgres]
    public async Task Turns_committed_at_the_same_moment_from_one_version_let_exactly_one_save(DatabaseProvider provider)
    {
        using var temp = TempDatabase.Migrated(provider);
        var learnerId = await NewLearner(temp);
        await new TurnStore(temp.Database, TimeProvider.System).CommitAsync(new TurnCommit(learnerId, 0, "start"));
        const int Instances = 6;

        // Each commit runs on its own thread with its own database object (its own connections, as separate server
        // instances would) and all are released together.
        using var start = new Barrier(Instances);
        var results = await Task.WhenAll(Enumerable.Range(0, Instances).Select(i => Task.Factory.StartNew(
            () =>
            {
                var store = new TurnStore(TutorDatabase.Create(provider.ToString(), temp.Database.ConnectionString), TimeProvider.System);
                var commit = new TurnCommit(learnerId, 1, $"turn {i}")
                {
                    Attempts = [Records.Attempt(learnerId, $"act-{i}")],
                    SkillStates = [Records.Skill(learnerId, "nernst", mastery: i / 10.0)],
                };
                start.SignalAndWait(TimeSpan.FromSeconds(30));
                return store.CommitAsync(commit).GetAwaiter().GetResult();
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default)));

        var winner = Assert.Single(results, r => r.Saved);
        var winnerIndex = Array.IndexOf(results, winner);
        Assert.Equal(2, winner.Version);
        Assert.All(results.Where(r => r.IsConflict), r => Assert.Equal((2, 0), (r.Version, r.Attempts.Count)));
        Assert.Equal(new ConversationSnapshot(learnerId, $"turn {winnerIndex}", 2), await Conversations(temp).LoadAsync(learnerId));
        var attempt = Assert.Single(await new AttemptStore(temp.Database).ForLearnerAsync(learnerId));
        Assert.Equal($"act-{winnerIndex}", attempt.Attempt.ActivityId);
        Assert.Equal(winnerIndex / 10.0, Assert.Single(await new SkillStateStore(temp.Database).ForLearnerAsync(learnerId)).Mastery);
    }

    [Fact]
    public async Task An_attempt_or_skill_state_of_another_learner_is_refused_before_anything_is_written()
    {
        using var temp = TempDatabase.Migrated();
        var learnerId = await NewLearner(temp);
        var store = new TurnStore(temp.Database, TimeProvider.System);

        await Assert.ThrowsAsync<ArgumentException>(() => store.CommitAsync(new TurnCommit(learnerId, 0, "{}") { Attempts = [Records.Attempt(learnerId + 1, "x")] }));
        await Assert.ThrowsAsync<ArgumentException>(() => store.CommitAsync(new TurnCommit(learnerId, 0, "{}") { SkillStates = [Records.Skill(learnerId + 1, "nernst")] }));
        Assert.Equal(0, temp.Count("SELECT count(*) FROM conversation_states"));
    }

    private static async Task<long> NewLearner(TempDatabase temp, string userId = "u1") =>
        (await new LearnerStore(temp.Database).GetOrCreateAsync(new LearnerKey("msteams", userId), "Ada", Records.Noon)).Id;

    private static ConversationStateStore Conversations(TempDatabase temp) => new(temp.Database, TimeProvider.System);

    /// <summary>Every row a turn can touch, as text, to show that a failed or refused turn changed nothing.</summary>
    private static string Snapshot(TempDatabase temp) => string.Join(
        " | ",
        temp.Scalar("SELECT coalesce(string_agg(id || ':' || display_name, ',' ORDER BY id), '') FROM learners"),
        temp.Scalar("SELECT coalesce(string_agg(id || ':' || activity_id, ',' ORDER BY id), '') FROM attempts"),
        temp.Scalar("SELECT coalesce(string_agg(learner_id || ':' || skill_id || ':' || mastery, ',' ORDER BY learner_id, skill_id), '') FROM skill_states"),
        temp.Scalar("SELECT coalesce(string_agg(learner_id || ':' || version || ':' || state_json, ',' ORDER BY learner_id), '') FROM conversation_states"));
}
