using ElectroTutor.Simulation.Scenarios;
using ElectroTutor.Tutoring.Bank.Templates;
using ElectroTutor.Tutoring.Conversation;
using ElectroTutor.Tutoring.Conversation.Replies;
using ElectroTutor.Tutoring.Items;
using ElectroTutor.Tutoring.Storage;

namespace ElectroTutor.Tutoring.Tests.Conversation;

public sealed class TutorHostTest
{
    private static readonly LearnerKey Sam = new("test", "sam");
    private readonly InMemoryTutorStores stores = new();
    private readonly TutorHost host;
    private long seed;

    public TutorHostTest() =>
        host = new TutorHost(new TutorEngine(RealBank.Bank, ScenarioCatalog.Default, RealBank.Concepts), stores.AsStores(), TimeProvider.System, () => ++seed);

    private Task<HostedTurn> Say(string text, string? activityId = null) =>
        host.RunAsync(new TurnRequest(Sam, "Sam S.", TutorInput.Message(text), activityId));

    [Fact]
    public async Task A_conversation_continues_across_turns_and_hosts()
    {
        await host.RunAsync(new TurnRequest(Sam, "Sam S.", TutorInput.Joined(), null));
        await Say("Sam");
        var asked = await Say("start");
        var question = asked.Replies.OfType<QuestionReply>().Single().Question;

        var restarted = new TutorHost(new TutorEngine(RealBank.Bank, ScenarioCatalog.Default, RealBank.Concepts), stores.AsStores(), TimeProvider.System, () => 99);
        var back = await restarted.RunAsync(new TurnRequest(Sam, "Sam S.", TutorInput.Joined(), null));
        Assert.Contains("Welcome back, Sam", back.Replies[0].ToMarkdown(), StringComparison.Ordinal);
        Assert.Equal(question.ItemId, back.Replies.OfType<QuestionReply>().Single().Question.ItemId);
    }

    [Fact]
    public async Task A_redelivered_answer_counts_once_and_gets_the_same_reply()
    {
        await Say("start");
        var answer = RightAnswerToOpenQuestion();
        var first = await Say(answer, "activity-1");
        var again = await Say(answer, "activity-1");

        Assert.True(again.IsRepeat);
        Assert.Single(stores.Attempts);
        Assert.Equal(first.Replies.Select(r => r.ToMarkdown()), again.Replies.Select(r => r.ToMarkdown()));
    }

    [Fact]
    public async Task An_older_redelivered_answer_is_recognised_and_not_run_again_once_its_replies_are_no_longer_kept()
    {
        await Say("start");
        await Say(RightAnswerToOpenQuestion(), "activity-0");
        for (var i = 1; i <= SavedConversation.RepliesKept; i++)
        {
            await Say("progress", $"activity-{i}");
        }

        var stateBefore = await stores.LoadAsync(1);
        var again = await Say("B", "activity-0");

        Assert.True(again.IsRepeat);
        Assert.Contains("already answered", Assert.Single(again.Replies).ToMarkdown(), StringComparison.Ordinal);
        Assert.Single(stores.Attempts);
        Assert.Equal(stateBefore, await stores.LoadAsync(1));
    }

    [Fact]
    public async Task A_host_reading_the_store_restores_the_skills_from_the_stored_skill_states()
    {
        await Say("start");
        await Say(RightAnswerToOpenQuestion());
        var row = stores.SkillRows.Single();
        var saved = System.Text.Json.Nodes.JsonNode.Parse((await stores.LoadAsync(1))!.StateJson)!["state"]!.AsObject();
        Assert.False(saved.ContainsKey("skills"));

        var progress = (await Say("progress")).Replies.OfType<ProgressReply>().Single().Progress;
        Assert.Equal(row.Mastery, progress.Skills.Single(s => s.SkillId == row.SkillId).Mastery, 9);
    }

    [Fact]
    public async Task A_turn_that_loses_a_race_runs_again_on_the_fresh_state()
    {
        await Say("start");
        var answer = RightAnswerToOpenQuestion();
        stores.BeforeCommit = async _ => await new TutorHost(new TutorEngine(RealBank.Bank, ScenarioCatalog.Default, RealBank.Concepts), stores.AsStores(), TimeProvider.System, () => 5)
            .RunAsync(new TurnRequest(Sam, "Sam S.", TutorInput.Message("call me Samantha"), "other"));

        var turn = await Say(answer, "mine");
        Assert.True(turn.Replies.OfType<FeedbackReply>().Single().Feedback.Correct);
        var saved = Saved();
        Assert.Equal("Samantha", saved.State.Name);
        Assert.NotNull(saved.Answered("mine"));
        Assert.NotNull(saved.Answered("other"));
        Assert.Single(stores.Attempts);
    }

    [Fact]
    public async Task Joining_a_class_looks_up_the_code_and_enrols_once()
    {
        stores.ClassList.Add(new ClassRecord(3, "Physiology 201", "K7QM2P", 1));
        var joined = await Say("join k7qm2p");
        Assert.Contains("You've joined **Physiology 201**", joined.Replies[^1].ToMarkdown(), StringComparison.Ordinal);
        var again = await Say("join K7QM2P");
        Assert.Contains("already in", again.Replies.Single().ToMarkdown(), StringComparison.Ordinal);
        Assert.Single(stores.Enrollments);
        var unknown = await Say("join NOPE99");
        Assert.Contains("couldn't find", unknown.Replies.Single().ToMarkdown(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Damaged_state_is_rebuilt_from_skill_states_and_reported()
    {
        await Say("start");
        await Say(RightAnswerToOpenQuestion());
        var mastered = stores.SkillRows.Single();
        stores.Corrupt(1, "{ not json");

        var turn = await Say("progress");
        Assert.NotNull(turn.StateProblem);
        var progress = turn.Replies.OfType<ProgressReply>().Single().Progress;
        Assert.Equal(mastered.Mastery, progress.Skills.Single(s => s.SkillId == mastered.SkillId).Mastery, 9);
    }

    [Fact]
    public async Task State_from_a_newer_version_is_left_untouched()
    {
        await Say("hello");
        var newer = TutorStateJson.Write(new SavedConversation(TutorState.New with { Format = TutorState.CurrentFormat + 1 }, []));
        stores.Corrupt(1, newer);

        var turn = await Say("start");
        Assert.Contains("newer version", turn.Replies.Single().ToMarkdown(), StringComparison.Ordinal);
        Assert.Equal(newer, (await stores.LoadAsync(1))!.StateJson);
    }

    [Fact]
    public async Task A_host_with_a_cache_stores_exactly_what_a_host_reading_the_store_every_turn_stores()
    {
        var plainStores = new InMemoryTutorStores();
        var clock = new StoppedClock();
        var plain = new TutorHost(NewEngine(), plainStores.AsStores(), clock, FixedSeeds());
        var cachedStores = new InMemoryTutorStores();
        var cached = new TutorHost(NewEngine(), cachedStores.AsStores(), clock, FixedSeeds(), new ConversationCache());
        string[] script = ["start", "RIGHT", "hint", "-999 mV", "RIGHT", "call me Samantha", "progress", "next", "RIGHT"];

        await plain.RunAsync(new TurnRequest(Sam, "Sam S.", TutorInput.Joined(), "join"));
        await cached.RunAsync(new TurnRequest(Sam, "Sam S.", TutorInput.Joined(), "join"));
        for (var i = 0; i < script.Length; i++)
        {
            var text = script[i] == "RIGHT" ? RightAnswerToOpenQuestion(plainStores) : script[i];
            var expected = await plain.RunAsync(new TurnRequest(Sam, "Sam S.", TutorInput.Message(text), $"a{i}"));
            var actual = await cached.RunAsync(new TurnRequest(Sam, "Sam S.", TutorInput.Message(text), $"a{i}"));

            Assert.Equal(expected.Replies.Select(r => r.ToMarkdown()), actual.Replies.Select(r => r.ToMarkdown()));
            Assert.Equal((await plainStores.LoadAsync(1))!.StateJson, (await cachedStores.LoadAsync(1))!.StateJson);
        }

        Assert.Equal(plainStores.Attempts.Count, cachedStores.Attempts.Count);
    }

    [Fact]
    public async Task A_stale_cached_conversation_loses_the_version_claim_and_the_turn_reruns_on_the_stored_one()
    {
        var cache = new ConversationCache();
        var cached = new TutorHost(NewEngine(), stores.AsStores(), TimeProvider.System, () => ++seed, cache);
        await cached.RunAsync(new TurnRequest(Sam, "Sam S.", TutorInput.Message("start"), "start"));
        var answer = RightAnswerToOpenQuestion();

        // Another server instance stores a turn: this host's cached conversation is now one version behind.
        await new TutorHost(NewEngine(), stores.AsStores(), TimeProvider.System, () => 5)
            .RunAsync(new TurnRequest(Sam, "Sam S.", TutorInput.Message("call me Samantha"), "elsewhere"));
        var turn = await cached.RunAsync(new TurnRequest(Sam, "Sam S.", TutorInput.Message(answer), "mine"));

        Assert.True(turn.Replies.OfType<FeedbackReply>().Single().Feedback.Correct);
        var saved = Saved();
        Assert.Equal("Samantha", saved.State.Name);
        Assert.NotNull(saved.Answered("elsewhere"));
        Assert.NotNull(saved.Answered("mine"));
        Assert.Equal(3, (await stores.LoadAsync(1))!.Version);
        Assert.Equal(3, cache.Find(Sam)?.Version);
        Assert.Single(stores.Attempts);
    }

    [Fact]
    public async Task A_redelivered_answer_through_the_cache_counts_once_and_gets_the_same_reply()
    {
        var cached = new TutorHost(NewEngine(), stores.AsStores(), TimeProvider.System, () => ++seed, new ConversationCache());
        await cached.RunAsync(new TurnRequest(Sam, "Sam S.", TutorInput.Message("start"), null));
        var answer = RightAnswerToOpenQuestion();

        var first = await cached.RunAsync(new TurnRequest(Sam, "Sam S.", TutorInput.Message(answer), "activity-1"));
        var again = await cached.RunAsync(new TurnRequest(Sam, "Sam S.", TutorInput.Message(answer), "activity-1"));

        Assert.True(again.IsRepeat);
        Assert.Single(stores.Attempts);
        Assert.Equal(first.Replies.Select(r => r.ToMarkdown()), again.Replies.Select(r => r.ToMarkdown()));
    }

    [Fact]
    public async Task A_failed_commit_drops_the_learner_from_the_cache()
    {
        var cache = new ConversationCache();
        var cached = new TutorHost(NewEngine(), stores.AsStores(), TimeProvider.System, () => ++seed, cache);
        await cached.RunAsync(new TurnRequest(Sam, "Sam S.", TutorInput.Message("start"), null));
        Assert.Equal(1, cache.Count);
        stores.BeforeCommit = _ => throw new InvalidOperationException("the database went away");

        await Assert.ThrowsAsync<InvalidOperationException>(() => cached.RunAsync(new TurnRequest(Sam, "Sam S.", TutorInput.Message("hint"), "h")));

        Assert.Equal(0, cache.Count);
    }

    [Fact]
    public async Task Concurrent_turns_of_one_learner_queue_and_are_stored_in_arrival_order_without_reruns()
    {
        var counting = new CountingTurnStore(stores);
        var queued = new TutorHost(NewEngine(), stores.AsStores() with { Turns = counting }, TimeProvider.System, () => ++seed, new ConversationCache());
        await queued.RunAsync(new TurnRequest(Sam, "Sam S.", TutorInput.Message("start"), "start"));

        var turns = Enumerable.Range(0, 20)
            .Select(i => queued.RunAsync(new TurnRequest(Sam, "Sam S.", TutorInput.Message(i % 2 == 0 ? "hint" : "progress"), $"turn-{i}")))
            .ToList();
        await Task.WhenAll(turns);

        Assert.Equal(0, counting.Conflicts);
        Assert.Equal(["start", .. Enumerable.Range(0, 20).Select(i => $"turn-{i}")], counting.StoredActivityIds);
        Assert.Equal(21, (await stores.LoadAsync(1))!.Version);
    }

    private sealed class StoppedClock : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(2026, 11, 21, 12, 0, 0, TimeSpan.Zero);
    }

    private static TutorEngine NewEngine() => new(RealBank.Bank, ScenarioCatalog.Default, RealBank.Concepts);

    private static Func<long> FixedSeeds()
    {
        var next = 1000L;
        return () => next += 7;
    }

    private static string RightAnswerToOpenQuestion(InMemoryTutorStores from)
    {
        var question = TutorStateJson.TryRead(from.LoadAsync(1).Result!.StateJson, out _, out _)!.State.Question!;
        Assert.True(RealBank.Bank.TryGetTemplate(question.TemplateId, out var template));
        return ItemAnswerKey.Right(new ItemGenerator(ScenarioCatalog.Default).Generate(template, question.Seed).Item!);
    }

    private SavedConversation Saved() =>
        TutorStateJson.TryRead(stores.LoadAsync(1).Result!.StateJson, out _, out _)!;

    private string RightAnswerToOpenQuestion()
    {
        var question = Saved().State.Question!;
        Assert.True(RealBank.Bank.TryGetTemplate(question.TemplateId, out var template));
        return ItemAnswerKey.Right(new ItemGenerator(ScenarioCatalog.Default).Generate(template, question.Seed).Item!);
    }

    /// <summary>Passes commits on after yielding (so concurrent turns would overlap), counting lost version claims.</summary>
    private sealed class CountingTurnStore(ITurnStore inner) : ITurnStore
    {
        private readonly List<string> stored = [];
        private int conflicts;

        public int Conflicts => Volatile.Read(ref conflicts);

        public IReadOnlyList<string> StoredActivityIds
        {
            get
            {
                lock (stored)
                {
                    return [.. stored];
                }
            }
        }

        public async Task<TurnCommitResult> CommitAsync(TurnCommit commit, CancellationToken cancellationToken = default)
        {
            await Task.Delay(1, cancellationToken);
            var result = await inner.CommitAsync(commit, cancellationToken);
            if (!result.Saved)
            {
                Interlocked.Increment(ref conflicts);
                return result;
            }

            lock (stored)
            {
                stored.Add(TutorStateJson.TryRead(commit.StateJson, out _, out _)!.RecentTurns[^1].ActivityId);
            }

            return result;
        }
    }
}
