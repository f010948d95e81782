using BenchmarkDotNet.Attributes;
using ElectroTutor.Simulation.Scenarios;
using ElectroTutor.Tutoring.Bank;
using ElectroTutor.Tutoring.Conversation;
using ElectroTutor.Tutoring.Items;

namespace ElectroTutor.Benchmarks;

/// <summary>
/// One tutoring turn of the engine as the server runs it (memoized simulator, concept notes): a learner with some
/// practice behind them answers the open question right (graded, mastery updated, the next question chosen and asked)
/// or wrong (graded, diagnosed, mastery updated, the question stays open).
/// </summary>
[MemoryDiagnoser]
public class TutorEngineTurnBenchmarks
{
    private const int TurnsOfPractice = 12;

    private static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private TutorEngine engine = null!;
    private TutorState state = null!;
    private TutorInput right = null!;
    private TutorInput wrong = null!;
    private TurnContext context = null!;
    private long nextSeed;

    [GlobalSetup]
    public void Setup()
    {
        var (bank, notes) = BenchmarkData.BankAndNotes();
        var catalog = MemoizedScenarioModel.Memoize(ScenarioCatalog.Default);
        engine = new TutorEngine(bank, catalog, notes);
        var generator = new ItemGenerator(catalog);

        // A learner part-way through: named, some questions answered right, one open.
        state = TutorState.New with { Stage = SessionStage.Ready, Name = "Sam" };
        state = Turn(TutorInput.Message("start"), 0).State;
        for (var i = 1; i <= TurnsOfPractice; i++)
        {
            state = Turn(TutorInput.Message(ItemAnswerKey.Right(OpenItem(bank, generator))), i).State;
        }

        var item = OpenItem(bank, generator);
        right = TutorInput.Message(ItemAnswerKey.Right(item));
        wrong = TutorInput.Message(ItemAnswerKey.Wrong(item));
        context = Context(TurnsOfPractice + 1);
    }

    // A fresh seed each time, so the next question is a new item as it is for a real learner, not one made before.
    [Benchmark(Baseline = true, Description = "answer the open question right, get the next question")]
    public TurnOutcome AnswerRight() => engine.Handle(state, right, context with { Seed = ++nextSeed });

    [Benchmark(Description = "answer the open question wrong")]
    public TurnOutcome AnswerWrong() => engine.Handle(state, wrong, context);

    private TurnOutcome Turn(TutorInput input, int number)
    {
        var outcome = engine.Handle(state, input, Context(number));
        return outcome.Fault is null ? outcome : throw new InvalidOperationException("The set-up turn failed.", outcome.Fault);
    }

    private Item OpenItem(QuestionBank bank, ItemGenerator generator)
    {
        var question = state.Question ?? throw new InvalidOperationException("The set-up left no question open.");
        bank.TryGetTemplate(question.TemplateId, out var template);
        return generator.Generate(template, question.Seed).Item!;
    }

    private static TurnContext Context(int number) =>
        new(1, "directline", $"activity-{number}", Start.AddMinutes(number), 1_000 + number);
}
