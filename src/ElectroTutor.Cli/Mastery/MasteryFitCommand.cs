using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using ElectroTutor.Cli.Bank;
using ElectroTutor.Cli.Database;
using ElectroTutor.Cli.Output;
using ElectroTutor.Data.Operations;
using ElectroTutor.Tutoring.Mastery;
using ElectroTutor.Tutoring.Mastery.Evaluation;

namespace ElectroTutor.Cli.Mastery;

/// <summary>
/// <c>electrotutor mastery fit --dataset DIR [--json]</c>: the BKT parameters fitted per skill on the training split.
/// <c>electrotutor mastery fit --database DB [--out FILE]</c>: the per-template easiness offsets fitted on the tutor's
/// own logged first tries (replayed with the tutor's BKT parameters), written as <c>item-easiness.yaml</c>.
/// </summary>
internal static class MasteryFitCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var dataset = MasteryCommand.DatasetOption();
        dataset.Required = false;
        var database = DatabaseOptions.Database();
        var data = BankCommand.DataOption();
        var outFile = new Option<string>("--out") { Description = "With --database: write item-easiness.yaml here instead of printing it." };
        var prior = new Option<double>("--prior")
        {
            Description = "With --database: L2 penalty (prior precision) pulling each easiness towards 0; larger is more cautious.",
            DefaultValueFactory = _ => ItemDifficulty.DefaultPriorStrength,
        };
        var json = MasteryCommand.JsonOption();
        var noForgetting = MasteryCommand.NoForgettingOption();
        var command = new Command("fit", "Fit BKT per skill on a dataset's training split, or item easiness on the tutor's own logged attempts.") { dataset, database, data, outFile, prior, json, noForgetting };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if ((parse.GetValue(dataset) is null) == (parse.GetValue(database) is null))
            {
                await error.WriteLineAsync("electrotutor mastery fit: give either --dataset (BKT on a public dataset) or --database (item easiness from the tutor's logs).").ConfigureAwait(false);
                return ElectroTutorCommand.InputError;
            }

            if (parse.GetValue(database) is not null)
            {
                return await FitEasinessAsync(parse, database, data, outFile, parse.GetValue(prior), output, error, cancellationToken).ConfigureAwait(false);
            }

            if (MasteryCommand.LoadOrReport(parse.GetValue(dataset)!, "fit", error) is not { } set)
            {
                return ElectroTutorCommand.InputError;
            }

            var model = MasteryProgress.Fit(set.Train, MasteryCommand.FitOptions(parse.GetValue(noForgetting)));
            await output.WriteLineAsync(parse.GetValue(json) ? ToJson(model).ToJsonString(Json.Options) : ForPeople(model)).ConfigureAwait(false);
            return 0;
        });
        return command;
    }

    private static async Task<int> FitEasinessAsync(ParseResult parse, Option<string> database, Option<string> data, Option<string> outFile, double prior, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (!(prior > 0) || double.IsInfinity(prior))
        {
            await error.WriteLineAsync($"electrotutor mastery fit: --prior must be a positive number, not {prior.ToString(CultureInfo.InvariantCulture)}.").ConfigureAwait(false);
            return ElectroTutorCommand.InputError;
        }

        if (BankCommand.LoadOrReport(parse.GetValue(data), error) is not { } bank)
        {
            return ElectroTutorCommand.InputError;
        }

        return await DatabaseOptions.Guard("mastery fit", error, parse, database, async source =>
        {
            DatabaseOptions.RequireCurrent(source);
            var rows = new List<AttemptExportRow>();
            await foreach (var row in AttemptExport.ReadAsync(source, cancellationToken).ConfigureAwait(false))
            {
                rows.Add(row);
            }

            var (learners, unknown) = TutorLog.Histories(rows, bank);

            // The tutor's own BKT parameters, so the offsets correct exactly the predictions the tutor makes.
            var tutor = new MasteryModel(new Dictionary<string, BktFit>(StringComparer.Ordinal), BktParameters.Default);
            var easiness = KnowledgeTracing.WithItemDifficulty(tutor, learners, prior).Items;
            var firstTries = learners.Sum(l => l.Attempts.Count);
            var yaml = ItemEasinessYaml.Write(easiness, "the tutor's attempts table", learners.Count, firstTries, prior);
            if (parse.GetValue(outFile) is { } path)
            {
                await File.WriteAllTextAsync(path, yaml, cancellationToken).ConfigureAwait(false);
                await error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Wrote {easiness.Offsets.Count} template(s) fitted on {firstTries} first tries of {learners.Count} learner(s) to {Path.GetFullPath(path)}.")).ConfigureAwait(false);
            }
            else
            {
                await output.WriteAsync(yaml).ConfigureAwait(false);
            }

            if (unknown > 0)
            {
                await error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Left out {unknown} first tries at templates no longer in the bank.")).ConfigureAwait(false);
            }

            return 0;
        }).ConfigureAwait(false);
    }

    private static IEnumerable<KeyValuePair<string, BktFit>> Ordered(MasteryModel model) =>
        model.Skills.OrderBy(pair => int.TryParse(pair.Key, CultureInfo.InvariantCulture, out var n) ? n : int.MaxValue)
            .ThenBy(pair => pair.Key, StringComparer.Ordinal);

    private static JsonObject ToJson(MasteryModel model)
    {
        var skills = new JsonArray();
        foreach (var (skill, fit) in Ordered(model))
        {
            var p = fit.Parameters;
            skills.Add(new JsonObject
            {
                ["skill"] = skill,
                ["pInit"] = Math.Round(p.PInit, 4),
                ["pLearn"] = Math.Round(p.PLearn, 4),
                ["pSlip"] = Math.Round(p.PSlip, 4),
                ["pGuess"] = Math.Round(p.PGuess, 4),
                ["pForget"] = Math.Round(p.PForget, 4),
                ["observations"] = fit.Observations,
                ["iterations"] = fit.Iterations,
                ["converged"] = fit.Converged,
                ["logLikelihood"] = Math.Round(fit.LogLikelihood, 2),
            });
        }

        return new JsonObject { ["skills"] = skills };
    }

    private static string ForPeople(MasteryModel model)
    {
        var lines = new List<string> { "skill        pInit  pLearn pSlip  pGuess pForget  attempts" };
        lines.AddRange(Ordered(model).Select(pair => string.Create(
            CultureInfo.InvariantCulture,
            $"{pair.Key,-12} {pair.Value.Parameters.PInit,6:0.000} {pair.Value.Parameters.PLearn,6:0.000} {pair.Value.Parameters.PSlip,6:0.000} {pair.Value.Parameters.PGuess,6:0.000} {pair.Value.Parameters.PForget,7:0.000} {pair.Value.Observations,9}")));
        return string.Join(Environment.NewLine, lines);
    }
}
