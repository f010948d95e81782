using Spectre.Console;

namespace ElectroTutor.Cli.Sim;

/// <summary>Runs batch work in parallel, with a progress bar on the terminal only when a person is watching.</summary>
internal static class BatchProgress
{
    private const int ShowFromCount = 50;

    public static void Run(int count, Action<int> work)
    {
        if (count < ShowFromCount || Console.IsErrorRedirected)
        {
            Parallel.For(0, count, work);
            return;
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        console.Progress().Start(context =>
        {
            var task = context.AddTask("scenarios", maxValue: count);
            Parallel.For(0, count, index =>
            {
                work(index);
                task.Increment(1);
            });
        });
    }
}
