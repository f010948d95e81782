using BenchmarkDotNet.Attributes;
using ElectroTutor.Simulation.Scenarios;
using ElectroTutor.Tutoring.Bank;
using ElectroTutor.Tutoring.Conversation;
using ElectroTutor.Tutoring.Items;

namespace ElectroTutor.Benchmarks;

/// <summary>
/// Writing a learner's saved conversation, which the server does on every turn: a learner 30 answered turns in, the
/// newest 3 kept with their replies. As in the server, one of the three turns is new at each write and the other two
/// were written before, so their text is reused; against it, the same conversation with every kept turn new (how it was
/// written before turns were remembered), and the older shape in which older turns were turn objects, not bare ids.
/// </summary>
[MemoryDiagnoser]
public class SavedConversationJsonBenchmarks
{
    private const int TurnsAnswered = 30;

    private static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private SavedConversation saved = null!;
    private SavedConversation olderTurnsAsObjects = null!;

    [GlobalSetup]
    public void Setup()
    {
        var (bank, notes) = BenchmarkData.BankAndNotes();
        var engine = new TutorEngine(bank, ScenarioCatalog.Default, notes);
        var generator = new ItemGenerator(ScenarioCatalog.Default);

        saved = SavedConversation.Empty with { State = TutorState.New with { Stage = SessionStage.Ready, Name = "Sam" } };
        for (var turn = 0; turn <= TurnsAnswered; turn++)
        {
            var input = saved.State.Question is { } question && bank.TryGetTemplate(question.TemplateId, out var template)
                ? TutorInput.Message(turn % 3 == 0
                    ? ItemAnswerKey.Wrong(generator.Generate(template, question.Seed).Item!)
                    : ItemAnswerKey.Right(generator.Generate(template, question.Seed).Item!))
                : TutorInput.Message("start");
            var context = new TurnContext(1, "msteams", $"activity-{turn:D4}-of-a-teams-conversation", Start.AddMinutes(turn), 1_000 + turn);
            saved = saved.After(engine.Handle(saved.State, input, context), context.ActivityId);
        }

        olderTurnsAsObjects = new SavedConversation(saved.State, [.. saved.OlderActivityIds.Select(AnsweredTurn.Forgotten), .. saved.RecentTurns]);
    }

    [Benchmark(Baseline = true, Description = "one new turn, two written before (stored now)")]
    public string Write() => TutorStateJson.Write(saved with { RecentTurns = [saved.RecentTurns[0], saved.RecentTurns[1], saved.RecentTurns[2] with { }] });

    [Benchmark(Description = "every kept turn written afresh (before turns were remembered)")]
    public string WriteEveryTurnAfresh() => TutorStateJson.Write(saved with { RecentTurns = [.. saved.RecentTurns.Select(t => t with { })] });

    [Benchmark(Description = "older turns as turn objects, every turn afresh (stored before that)")]
    public string WriteOlderTurnsAsObjects() => TutorStateJson.Write(olderTurnsAsObjects with { RecentTurns = [.. olderTurnsAsObjects.RecentTurns.Select(t => t with { })] });
}
