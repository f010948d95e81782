using ElectroTutor.Data.Connection;
using ElectroTutor.Data.Seeding;
using ElectroTutor.Simulation.Scenarios;
using ElectroTutor.Tutoring.Bank;
using ElectroTutor.Tutoring.Conversation;
using ElectroTutor.Tutoring.Storage;
using Spectre.Console;

namespace ElectroTutor.Cli.Demo;

/// <summary>
/// Simulates the students a batch at a time — the students of a batch in parallel, each on its own seed, so the result
/// does not depend on the thread schedule — and stores each batch in one transaction, in student order.
/// </summary>
internal static class DemoSeedRun
{
    private const int BatchSize = 20;

    /// <summary>Runs and stores every student; returns the number of attempts stored.</summary>
    public static async Task<long> RunAsync(
        TutorDatabase database, QuestionBank bank, ScenarioCatalog catalog, TutorEngine engine, ClassRecord classroom, DemoSeedSettings settings, string userIdPrefix, bool quiet, CancellationToken cancellationToken)
    {
        if (quiet || Console.IsErrorRedirected)
        {
            return await StoreAllAsync(database, bank, catalog, engine, classroom, settings, userIdPrefix, _ => { }, cancellationToken).ConfigureAwait(false);
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return await console.Progress().StartAsync(async context =>
        {
            var task = context.AddTask("simulating students", maxValue: settings.Students);
            return await StoreAllAsync(database, bank, catalog, engine, classroom, settings, userIdPrefix, done => task.Increment(done), cancellationToken).ConfigureAwait(false);
        }).ConfigureAwait(false);
    }

    private static async Task<long> StoreAllAsync(
        TutorDatabase database, QuestionBank bank, ScenarioCatalog catalog, TutorEngine engine, ClassRecord classroom, DemoSeedSettings settings, string userIdPrefix,
        Action<int> progress, CancellationToken cancellationToken)
    {
        var writer = new ClassSeedWriter(database);
        long attempts = 0;
        for (var first = 0; first < settings.Students; first += BatchSize)
        {
            var count = Math.Min(BatchSize, settings.Students - first);
            var batch = new SeededLearner[count];
            var start = first;
            Parallel.For(0, count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
                batch[i] = DemoStudentRun.Run(engine, bank, catalog, classroom, settings.Seed, start + i, settings.FirstDay, settings.Days, userIdPrefix));
            await writer.WriteAsync(classroom.Id, batch, cancellationToken).ConfigureAwait(false);
            attempts += batch.Sum(l => (long)l.Attempts.Count);
            progress(count);
        }

        return attempts;
    }
}
