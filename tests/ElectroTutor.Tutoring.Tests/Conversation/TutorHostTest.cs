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

    private SavedConversation Saved() =>
        TutorStateJson.TryRead(stores.LoadAsync(1).Result!.StateJson, out _, out _)!;

    private string RightAnswerToOpenQuestion()
    {
        var question = Saved().State.Question!;
        Assert.True(RealBank.Bank.TryGetTemplate(question.TemplateId, out var template));
        return ItemAnswerKey.Right(new ItemGenerator(ScenarioCatalog.Default).Generate(template, question.Seed).Item!);
    }
}
