using ElectroTutor.Simulation.Scenarios;
using ElectroTutor.Tutoring.Bank.Templates;
using ElectroTutor.Tutoring.Conversation;
using ElectroTutor.Tutoring.Conversation.Replies;
using ElectroTutor.Tutoring.Items;
using ElectroTutor.Tutoring.Mastery.Selection;

namespace ElectroTutor.Tutoring.Tests.Conversation;

/// <summary>A conversation with the engine, one utterance at a time, with a clock the test moves.</summary>
internal sealed class Transcript
{
    private readonly ItemGenerator generator = new(ScenarioCatalog.Default);
    private long seed;
    private int activity;

    public Transcript(TutorState? state = null, TutorEngineOptions? options = null)
    {
        Engine = new TutorEngine(RealBank.Bank, ScenarioCatalog.Default, RealBank.Concepts, options);
        State = state ?? TutorState.New;
    }

    public TutorEngine Engine { get; }

    public TutorState State { get; private set; }

    public DateTimeOffset Now { get; set; } = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    public TurnOutcome Last { get; private set; } = null!;

    public TurnOutcome Say(string text) => Run(TutorInput.Message(text));

    public TurnOutcome Run(TutorInput input)
    {
        Now += TimeSpan.FromSeconds(20);
        Last = Engine.Handle(State, input, new TurnContext(7, "test", $"a{++activity}", Now, ++seed));
        Assert.Null(Last.Fault);
        State = Last.State;
        return Last;
    }

    /// <summary>A learner who has mastered <paramref name="skillIds"/> (and is past the greeting).</summary>
    public static Transcript WithMastered(params string[] skillIds) => new(TutorState.New with
    {
        Stage = SessionStage.Ready,
        Name = "Sam",
        Skills = skillIds.ToDictionary(id => id, _ => new LearnerSkillState(0.97, 6, null, null), StringComparer.Ordinal),
    });

    /// <summary>Past the greeting, with a name.</summary>
    public Transcript Introduced()
    {
        Run(TutorInput.Joined());
        Say("Sam");
        return this;
    }

    public QuestionData Question => Last.Replies.OfType<QuestionReply>().Last().Question;

    public FeedbackData Feedback => Last.Replies.OfType<FeedbackReply>().Single().Feedback;

    public string Text => string.Join("\n", Last.Replies.Select(r => r.ToMarkdown()));

    public Item OpenItem()
    {
        var question = State.Question ?? throw new InvalidOperationException("No question is open.");
        Assert.True(RealBank.Bank.TryGetTemplate(question.TemplateId, out var template));
        return generator.Generate(template, question.Seed).Item!;
    }

    /// <summary>A right answer to the open question, as a learner would type it.</summary>
    public string RightAnswer() => ItemAnswerKey.Right(OpenItem());

    /// <summary>Answers questions until one of <paramref name="kind"/> is open (skipping others).</summary>
    public void SkipUntil(TemplateKind kind, Func<Item, bool>? also = null)
    {
        for (var i = 0; i < 60; i++)
        {
            if (State.Question is not null && OpenItem() is { } item && item.Kind == kind && (also?.Invoke(item) ?? true))
            {
                return;
            }

            Say(State.Question is null ? "start" : "skip");
        }

        throw new InvalidOperationException($"No {kind} question came up.");
    }
}
