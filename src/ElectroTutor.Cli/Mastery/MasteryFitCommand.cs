using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using ElectroTutor.Cli.Output;
using ElectroTutor.Tutoring.Mastery.Evaluation;

namespace ElectroTutor.Cli.Mastery;

/// <summary><c>electrotutor mastery fit --dataset DIR [--json]</c>: the BKT parameters fitted per skill on the training split.</summary>
internal static class MasteryFitCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var dataset = MasteryCommand.DatasetOption();
        var json = MasteryCommand.JsonOption();
        var noForgetting = MasteryCommand.NoForgettingOption();
        var command = new Command("fit", "Fit BKT per skill by EM on the training split and print the parameters.") { dataset, json, noForgetting };
        command.SetAction(parse =>
        {
            if (MasteryCommand.LoadOrReport(parse.GetValue(dataset)!, "fit", error) is not { } data)
            {
                return ElectroTutorCommand.InputError;
            }

            var model = MasteryProgress.Fit(data.Train, MasteryCommand.FitOptions(parse.GetValue(noForgetting)));
            output.WriteLine(parse.GetValue(json) ? ToJson(model).ToJsonString(Json.Options) : ForPeople(model));
            return 0;
        });
        return command;
    }

    private static IEnumerable<KeyValuePair<string, Tutoring.Mastery.BktFit>> Ordered(MasteryModel model) =>
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
