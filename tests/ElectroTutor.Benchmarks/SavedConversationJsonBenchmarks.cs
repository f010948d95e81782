using BenchmarkDotNet.Attributes;
using ElectroTutor.Simulation.Scenarios;
using ElectroTutor.Tutoring.Bank;
using ElectroTutor.Tutoring.Conversation;
using ElectroTutor.Tutoring.Items;

namespace ElectroTutor.Benchmarks;

/// <summary>
/// Writing a learner's saved conversation, which the server does on every turn: a learner 30 answered turns in, the
/// newest 3 kept with their replies. Against it, the same conversation in the shape stored before older turns became
/// bare ids (each a turn object with empty replies), written by the same code.
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

    [Benchmark(Baseline = true, Description = "older turns as bare ids (stored now)")]
    public string Write() => TutorStateJson.Write(saved);

    [Benchmark(Description = "older turns as turn objects (stored before)")]
    public string WriteOlderTurnsAsObjects() => TutorStateJson.Write(olderTurnsAsObjects);
}
