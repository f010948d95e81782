using ElectroTutor.Tutoring.Mastery;
using ElectroTutor.Tutoring.Mastery.Evaluation;
using Spectre.Console;

namespace ElectroTutor.Cli.Mastery;

/// <summary>Fits the per-skill model, with a progress bar on the terminal only when a person is watching.</summary>
internal static class MasteryProgress
{
    public static MasteryModel Fit(IReadOnlyList<LearnerHistory> train, BktFitOptions options)
    {
        if (Console.IsErrorRedirected)
        {
            return KnowledgeTracing.Fit(train, options);
        }

        var skills = KnowledgeTracing.CountSkills(train);
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        MasteryModel? model = null;
        console.Progress().Start(context =>
        {
            var task = context.AddTask("fitting skills", maxValue: skills);
            model = KnowledgeTracing.Fit(train, options, () => task.Increment(1));
        });
        return model!;
    }
}
