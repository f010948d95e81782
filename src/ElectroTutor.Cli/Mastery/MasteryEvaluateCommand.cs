using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using ElectroTutor.Cli.Output;
using ElectroTutor.Tutoring.Mastery.Evaluation;

namespace ElectroTutor.Cli.Mastery;

/// <summary>
/// <c>electrotutor mastery evaluate --dataset DIR [--json]</c>: fit on the training learners, predict every test attempt
/// from that learner's earlier attempts (predict, then update) with the product's prediction path, and report AUC,
/// RMSE, log loss and calibration error with 95% intervals from a bootstrap over test learners. By default the model
/// is the product's: BKT with forgetting, item easiness (when the dataset has item ids) and learner ability; the
/// <c>--no-…</c> flags switch terms off for ablations.
/// </summary>
internal static class MasteryEvaluateCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var dataset = MasteryCommand.DatasetOption();
        var json = MasteryCommand.JsonOption();
        var noForgetting = MasteryCommand.NoForgettingOption();
        var noItems = MasteryCommand.NoItemDifficultyOption();
        var noAbility = MasteryCommand.NoLearnerAbilityOption();
        var bootstrap = MasteryCommand.BootstrapOption();
        var seed = MasteryCommand.SeedOption();
        var command = new Command("evaluate", "Score the tutor's next-attempt predictions on a dataset's test learners.") { dataset, json, noForgetting, noItems, noAbility, bootstrap, seed };
        command.SetAction(parse =>
        {
            if (parse.GetValue(bootstrap) < 0)
            {
                error.WriteLine($"electrotutor mastery evaluate: --bootstrap must be 0 or more, not {parse.GetValue(bootstrap)}.");
                return ElectroTutorCommand.InputError;
            }

            var clock = Stopwatch.StartNew();
            var folder = parse.GetValue(dataset)!;
            if (MasteryCommand.LoadOrReport(folder, "evaluate", error) is not { } data)
            {
                return ElectroTutorCommand.InputError;
            }

            var read = clock.Elapsed.TotalSeconds;
            var forgetting = !parse.GetValue(noForgetting);
            var model = MasteryProgress.Fit(data.Train, MasteryCommand.FitOptions(!forgetting));
            var hasItemIds = data.Train.Any(l => l.Attempts.Any(a => a.ItemId.Length > 0));
            var (withItems, withAbility) = (!parse.GetValue(noItems) && hasItemIds, !parse.GetValue(noAbility));
            var (itemPrior, learnerRate) = withItems || withAbility
                ? KnowledgeTracing.ChooseOnValidation(data.Train, MasteryCommand.FitOptions(!forgetting), withItems ? ItemPriorCandidates : [], withAbility ? LearnerRateCandidates : [])
                : (double.NaN, 0);
            model = withItems ? KnowledgeTracing.WithItemDifficulty(model, data.Train, itemPrior) : model;
            model = model with { LearnerRate = learnerRate };
            var fitted = clock.Elapsed.TotalSeconds;
            var replay = KnowledgeTracing.Predict(model, data.Test);
            var attempts = replay.SelectMany(learner => learner).ToArray();
            var metrics = PredictionMetrics.Of([.. attempts.Select(a => a.Prediction.Probability)], [.. attempts.Select(a => a.Attempt.Correct)]);
            var intervals = parse.GetValue(bootstrap) > 0
                ? LearnerBootstrap.Intervals([.. replay.Select(learner => (IReadOnlyList<(double, bool)>)[.. learner.Select(a => (a.Prediction.Probability, a.Attempt.Correct))])], parse.GetValue(bootstrap), parse.GetValue(seed))
                : null;
            var name = (forgetting ? "bkt+forgetting" : "bkt") + (withItems ? "+item-difficulty" : string.Empty) + (withAbility ? "+learner-ability" : string.Empty);
            var report = Report(folder, data, name, metrics, [read, fitted - read, clock.Elapsed.TotalSeconds - fitted, clock.Elapsed.TotalSeconds]);
            report["perSkillAuc"] = Rounded(KnowledgeTracing.PerSkillAuc(attempts));
            AddIntervals(report, intervals);
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
        ["protocol"] = "fit per-skill BKT by EM on train learners; item prior and learner rate chosen by log loss on the last 20% of train learners; replay each test learner from pInit through the tutor's AnswerPredictor, predicting each attempt before updating; multi-skill items: mean of per-skill P(correct), every tagged skill updated; metrics pooled over all test attempts",
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

    private static void AddIntervals(JsonObject report, BootstrapIntervals? intervals)
    {
        if (intervals is null)
        {
            return;
        }

        report["aucCi95"] = Interval(intervals.Auc);
        report["rmseCi95"] = Interval(intervals.Rmse);
        report["logLossCi95"] = Interval(intervals.LogLoss);
        report["calibrationErrorCi95"] = Interval(intervals.CalibrationError);
        report["bootstrap"] = new JsonObject
        {
            ["over"] = "test learners, resampled with replacement; 95% percentile intervals",
            ["resamples"] = intervals.Resamples,
            ["seed"] = intervals.Seed,
        };
    }

    private static JsonArray Interval(ConfidenceInterval interval) => [Rounded(interval.Lower), Rounded(interval.Upper)];

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
        $"AUC {Number(report["auc"])}{Ci(report["aucCi95"])}  per-skill AUC {Number(report["perSkillAuc"])}",
        $"RMSE {Number(report["rmse"])}{Ci(report["rmseCi95"])}  log loss {Number(report["logLoss"])}{Ci(report["logLossCi95"])}  ECE {Number(report["calibrationError"])}{Ci(report["calibrationErrorCi95"])}",
        report["bootstrap"] is { } b ? $"95% intervals: bootstrap over test learners, B = {b["resamples"]}, seed {b["seed"]}" : "no confidence intervals (--bootstrap 0)",
        $"time {Number(report["seconds"]!["total"])} s on {report["processors"]} processor(s)",
    });

    private static string Ci(JsonNode? node) => node is JsonArray { Count: 2 } pair ? $" [{Number(pair[0])}, {Number(pair[1])}]" : string.Empty;

    private static string Number(JsonNode? node) => node is null ? "—" : node.GetValue<double>().ToString("0.0000", CultureInfo.InvariantCulture);
}
