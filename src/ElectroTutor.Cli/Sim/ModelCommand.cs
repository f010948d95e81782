using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using ElectroTutor.Cli.Output;
using ElectroTutor.Simulation.Scenarios;

namespace ElectroTutor.Cli.Sim;

/// <summary>
/// <c>electrotutor sim MODEL --input value … [--quantity NAME|all] [--json]</c>, built from the model's own
/// declaration so every input is an option under its exact name and its short aliases.
/// </summary>
internal static class ModelCommand
{
    public static Command Create(ScenarioCatalog catalog, IScenarioModel model, TextWriter output, TextWriter error)
    {
        var command = new Command(model.Name, model.Description);
        var inputs = new List<(ScenarioParameter Parameter, Option<string> Option)>();
        foreach (var parameter in model.Inputs)
        {
            var aliases = parameter.Aliases
                .Select(a => "--" + a)
                .Where(a => !string.Equals(a, "--" + parameter.Name, StringComparison.Ordinal))
                .Distinct(StringComparer.Ordinal)
                .ToArray();
            var option = new Option<string>("--" + parameter.Name, aliases) { Description = Describe(parameter), HelpName = HelpName(parameter) };
            command.Add(option);
            inputs.Add((parameter, option));
        }

        var quantity = new Option<string[]>("--quantity", "-q")
        {
            Description = "Quantity to compute; repeat for several, or 'all'. Default: " + model.Quantities[0].Name + ". Quantities: " + string.Join(", ", model.Quantities.Select(q => q.Name)),
            AllowMultipleArgumentsPerToken = true,
        };
        var json = new Option<bool>("--json") { Description = "Print JSON with full precision." };
        command.Add(quantity);
        command.Add(json);
        command.SetAction(parse =>
        {
            var given = new Dictionary<string, ScenarioValue>(StringComparer.Ordinal);
            foreach (var (parameter, option) in inputs)
            {
                if (parse.GetValue(option) is { } text)
                {
                    given[parameter.Name] = ScenarioValue.Of(text);
                }
            }

            var wanted = Quantities(model, parse.GetValue(quantity));
            var results = wanted.Select(q => catalog.Evaluate(new ScenarioRequest(model.Name, given, q))).ToList();
            var failure = results.FirstOrDefault(r => !r.Succeeded);
            if (failure is not null)
            {
                error.WriteLine($"electrotutor sim {model.Name}: {failure.Error}");
                return ElectroTutorCommand.InputError;
            }

            if (parse.GetValue(json))
            {
                output.WriteLine(ToJson(model, given, results).ToJsonString(Json.Options));
            }
            else
            {
                var width = results.Max(r => r.Quantity!.Length);
                foreach (var result in results)
                {
                    var description = model.Quantities.First(q => q.Name == result.Quantity).Description;
                    output.WriteLine($"{result.Quantity!.PadRight(width)}  {NumberFormat.ForPeople(result.Value!.Value)} {Unit(result.Unit!)}  {description}");
                }
            }

            return 0;
        });
        return command;
    }

    private static IReadOnlyList<string?> Quantities(IScenarioModel model, string[]? requested)
    {
        if (requested is null || requested.Length == 0)
        {
            return [null];
        }

        return requested.Any(q => string.Equals(q, "all", StringComparison.OrdinalIgnoreCase))
            ? model.Quantities.Select(q => q.Name).ToList()
            : requested;
    }

    private static JsonObject ToJson(IScenarioModel model, Dictionary<string, ScenarioValue> given, List<ScenarioResult> results)
    {
        var inputs = new JsonObject();
        foreach (var (name, value) in given)
        {
            inputs[name] = double.TryParse(value.ToString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                ? JsonValue.Create(number)
                : JsonValue.Create(value.ToString());
        }

        var list = new JsonArray();
        foreach (var result in results)
        {
            list.Add(new JsonObject { ["quantity"] = result.Quantity, ["value"] = result.Value, ["unit"] = result.Unit });
        }

        return new JsonObject { ["model"] = model.Name, ["inputs"] = inputs, ["results"] = list };
    }

    private static string Unit(string unit) => unit == "1" ? string.Empty : unit;

    private static string HelpName(ScenarioParameter parameter) =>
        parameter.Kind == ScenarioParameterKind.Text ? string.Join("|", parameter.Choices) is { Length: > 0 } choices ? choices : "text" : parameter.Unit;

    private static string Describe(ScenarioParameter parameter)
    {
        var text = parameter.Description;
        if (parameter.DefaultNumber is { } number)
        {
            text += $" Default: {NumberFormat.ForPeople(number)} {Unit(parameter.Unit)}.";
        }
        else if (parameter.DefaultText is { } defaultText)
        {
            text += $" Default: {defaultText}.";
        }
        else if (parameter.IsRequired)
        {
            text += " Required.";
        }

        return text.Replace("  ", " ", StringComparison.Ordinal).Replace(" .", ".", StringComparison.Ordinal);
    }
}
