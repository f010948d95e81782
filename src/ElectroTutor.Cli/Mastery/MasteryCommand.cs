using System.CommandLine;
using ElectroTutor.Tutoring.Mastery;

namespace ElectroTutor.Cli.Mastery;

/// <summary><c>electrotutor mastery</c>: fit and evaluate the mastery model (BKT) on knowledge-tracing datasets.</summary>
internal static class MasteryCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var mastery = new Command("mastery", "Fit and evaluate the mastery model (Bayesian Knowledge Tracing with forgetting) on logged attempts.");
        mastery.Add(MasteryEvaluateCommand.Create(output, error));
        mastery.Add(MasteryFitCommand.Create(output, error));
        mastery.Add(MasterySimulateCommand.Create(output, error));
        return mastery;
    }

    public static Option<string> DatasetOption() => new("--dataset", "-d")
    {
        Description = "Folder holding a train/test split (Gervet preprocessed_data_*.csv with q_mat_item_skill.csv, or *_train.csv and *_test.csv in the 3-line format).",
        Required = true,
    };

    public static Option<bool> JsonOption() => new("--json") { Description = "Print JSON." };

    public static Option<bool> NoForgettingOption() => new("--no-forgetting") { Description = "Classic BKT: fix pForget at 0." };

    public static Option<bool> NoItemDifficultyOption() => new("--no-item-difficulty")
    {
        Description = "Ablation: leave out the per-item log-odds easiness offset (only datasets with item ids have it).",
    };

    public static Option<bool> NoLearnerAbilityOption() => new("--no-learner-ability")
    {
        Description = "Ablation: leave out the Elo-style learner-ability offset.",
    };

    public static Option<int> BootstrapOption() => new("--bootstrap")
    {
        Description = "Resamples B of the bootstrap over test learners for the 95% confidence intervals (0: none).",
        DefaultValueFactory = _ => Tutoring.Mastery.Evaluation.LearnerBootstrap.DefaultResamples,
    };

    public static Option<long> SeedOption() => new("--seed")
    {
        Description = "Seed of the bootstrap resampling.",
        DefaultValueFactory = _ => 1,
    };

    public static BktFitOptions FitOptions(bool noForgetting) => BktFitOptions.Default with { FitForgetting = !noForgetting };

    /// <summary>Reads the dataset, printing up to 20 problems when it is unusable; null in that case.</summary>
    public static KtDataset? LoadOrReport(string folder, string command, TextWriter error)
    {
        var load = KtDatasetFolder.Load(Path.GetFullPath(folder));
        const int Shown = 20;
        foreach (var problem in load.Problems.Take(Shown))
        {
            error.WriteLine(problem.ToString());
        }

        if (load.Problems.Count > Shown)
        {
            error.WriteLine($"... and {load.Problems.Count - Shown} more problem(s).");
        }

        if (load.Dataset is null)
        {
            error.WriteLine($"electrotutor mastery {command}: the dataset in {folder} is unusable ({load.Problems.Count} problem(s)).");
        }

        return load.Dataset;
    }
}
