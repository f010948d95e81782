using ElectroTutor.Simulation.Scenarios;
using ElectroTutor.Tutoring.Bank.Templates;
using ElectroTutor.Tutoring.Conversation;
using ElectroTutor.Tutoring.Conversation.Replies;
using ElectroTutor.Tutoring.Items;

namespace ElectroTutor.Server.Tests.Cards;

/// <summary>A conversation with the real engine on the repository's bank, to get real replies to render.</summary>
internal sealed class TutorChat
{
    private readonly TutorEngine engine = new(RealBank.Bank, ScenarioCatalog.Default);
    private readonly ItemGenerator generator = new(ScenarioCatalog.Default);
    private DateTimeOffset now = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
    private long seed;
    private int activity;

    public TutorState State { get; private set; } = TutorState.New with { Stage = SessionStage.Ready, Name = "Sam" };

    public TurnOutcome Last { get; private set; } = null!;

    public TurnOutcome Say(string text) => Run(TutorInput.Message(text));

    public TurnOutcome Run(TutorInput input)
    {
        now += TimeSpan.FromSeconds(20);
        Last = engine.Handle(State, input, new TurnContext(7, "test", $"a{++activity}", now, ++seed));
        Assert.Null(Last.Fault);
        State = Last.State;
        return Last;
    }

    public T Reply<T>()
        where T : TutorReply => Last.Replies.OfType<T>().Last();

    public Item OpenItem()
    {
        var question = State.Question ?? throw new InvalidOperationException("No question is open.");
        Assert.True(RealBank.Bank.TryGetTemplate(question.TemplateId, out var template));
        return generator.Generate(template, question.Seed).Item!;
    }

    public string RightAnswer() => ItemAnswerKey.Right(OpenItem());

    /// <summary>Starts, then skips until a question of <paramref name="kind"/> is open.</summary>
    public TutorChat OpenQuestion(TemplateKind kind)
    {
        for (var i = 0; i < 80; i++)
        {
            if (State.Question is not null && OpenItem().Kind == kind)
            {
                return this;
            }

            Say(State.Question is null ? "start" : "skip");
        }

        throw new InvalidOperationException($"No {kind} question came up.");
    }
}
