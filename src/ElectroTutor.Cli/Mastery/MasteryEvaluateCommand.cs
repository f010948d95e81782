using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using ElectroTutor.Cli.Output;
using ElectroTutor.Tutoring.Mastery.Evaluation;

namespace ElectroTutor.Cli.Mastery;

/// <summary>
/// <c>electrotutor mastery evaluate --dataset DIR [--json]</c>: fit on the training learners, predict every test attempt
/// from that learner's earlier attempts (predict, then update), and report AUC, RMSE, log loss and calibration error.
/// </summary>
internal static class MasteryEvaluateCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var dataset = MasteryCommand.DatasetOption();
        var json = MasteryCommand.JsonOption();
        var noForgetting = MasteryCommand.NoForgettingOption();
        var items = MasteryCommand.ItemDifficultyOption();
        var ability = MasteryCommand.LearnerAbilityOption();
        var command = new Command("evaluate", "Score the mastery model's next-attempt predictions on a dataset's test learners.") { dataset, json, noForgetting, items, ability };
        command.SetAction(parse =>
        {
            var clock = Stopwatch.StartNew();
            var folder = parse.GetValue(dataset)!;
            if (MasteryCommand.LoadOrReport(folder, "evaluate", error) is not { } data)
            {
                return ElectroTutorCommand.InputError;
            }

            var read = clock.Elapsed.TotalSeconds;
            var forgetting = !parse.GetValue(noForgetting);
            var model = MasteryProgress.Fit(data.Train, MasteryCommand.FitOptions(!forgetting));
            var (withItems, withAbility) = (parse.GetValue(items), parse.GetValue(ability));
            var (itemPrior, learnerRate) = withItems || withAbility
                ? KnowledgeTracing.ChooseOnValidation(data.Train, MasteryCommand.FitOptions(!forgetting), withItems ? ItemPriorCandidates : [], withAbility ? LearnerRateCandidates : [])
                : (double.NaN, 0);
            model = withItems ? KnowledgeTracing.WithItemDifficulty(model, data.Train, itemPrior) : model;
            model = model with { LearnerRate = learnerRate };
            var fitted = clock.Elapsed.TotalSeconds;
            var metrics = KnowledgeTracing.Evaluate(model, data.Test);
            var report = Report(folder, data, (forgetting ? "bkt+forgetting" : "bkt") + (withItems ? "+item-difficulty" : string.Empty) + (withAbility ? "+learner-ability" : string.Empty), metrics, [read, fitted - read, clock.Elapsed.TotalSeconds - fitted, clock.Elapsed.TotalSeconds]);
            output.WriteLine(parse.GetValue(json) ? AddChoices(report, itemPrior, learnerRate).ToJsonString(Json.Options) : ForPeople(report));
            return 0;
        });
        return command;
    }

    private static readonly double[] ItemPriorCandidates = [0.5, 1, 2, 4, 8];

    private static readonly double[] LearnerRateCandidates = [0, 0.025, 0.05, 0.1, 0.2];

    private static JsonObject Report(string folder, KtDataset data, string modelName, PredictionMetrics metrics, double[] seconds) => new()
    {
        ["dataset"] = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder))),
        ["format"] = data.Format,
        ["model"] = modelName,
        ["protocol"] = "fit per-skill BKT by EM on train learners; replay each test learner from pInit, predicting each attempt before updating; multi-skill items: mean of per-skill P(correct), every tagged skill updated; metrics pooled over all test attempts",
        ["trainLearners"] = data.Train.Count,
        ["trainAttempts"] = data.Train.Sum(l => l.Attempts.Count),
        ["testLearners"] = data.Test.Count,
        ["testAttempts"] = metrics.Count,
        ["skills"] = KnowledgeTracing.CountSkills(data.Train.Concat(data.Test)),
        ["auc"] = Rounded(metrics.Auc),
        ["rmse"] = Rounded(metrics.Rmse),
        ["logLoss"] = Rounded(metrics.LogLoss),
        ["calibrationError"] = Rounded(metrics.CalibrationError),
        ["meanPrediction"] = Rounded(metrics.MeanPrediction),
        ["meanOutcome"] = Rounded(metrics.MeanOutcome),
        ["seconds"] = new JsonObject
        {
            ["read"] = Math.Round(seconds[0], 2),
            ["fit"] = Math.Round(seconds[1], 2),
            ["predict"] = Math.Round(seconds[2], 2),
            ["total"] = Math.Round(seconds[3], 2),
        },
        ["processors"] = Environment.ProcessorCount,
    };

    private static JsonObject AddChoices(JsonObject report, double itemPrior, double learnerRate)
    {
        report["itemPriorStrength"] = Rounded(itemPrior);
        report["learnerRate"] = learnerRate;
        return report;
    }

    /// <summary>JSON has no NaN: an undefined score (AUC with one class, metrics of no attempts) prints as null.</summary>
    private static JsonValue? Rounded(double value) => double.IsFinite(value) ? JsonValue.Create(Math.Round(value, 4)) : null;

    private static string ForPeople(JsonObject report) => string.Join(Environment.NewLine, new[]
    {
        $"{report["dataset"]} ({report["format"]}), model {report["model"]}",
        $"train {report["trainLearners"]} learners / {report["trainAttempts"]} attempts; test {report["testLearners"]} learners / {report["testAttempts"]} attempts; {report["skills"]} skills",
        $"AUC {Number(report["auc"])}  RMSE {Number(report["rmse"])}  log loss {Number(report["logLoss"])}  ECE {Number(report["calibrationError"])}",
        $"time {Number(report["seconds"]!["total"])} s on {report["processors"]} processor(s)",
    });

    private static string Number(JsonNode? node) => node is null ? "—" : node.GetValue<double>().ToString("0.0000", CultureInfo.InvariantCulture);
}
