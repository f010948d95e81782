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
        command.SetAction(parse => Execute(catalog, model, parse, inputs, quantity, json, output, error));
        return command;
    }

    private static int Execute(
        ScenarioCatalog catalog,
        IScenarioModel model,
        ParseResult parse,
        List<(ScenarioParameter Parameter, Option<string> Option)> inputs,
        Option<string[]> quantity,
        Option<bool> json,
        TextWriter output,
        TextWriter error)
    {
        var given = new Dictionary<string, ScenarioValue>(StringComparer.Ordinal);
        foreach (var (parameter, option) in inputs)
        {
            if (parse.GetValue(option) is { } text)
            {
                given[parameter.Name] = ScenarioValue.Of(text);
            }
        }

        var requested = parse.GetValue(quantity);
        var everything = requested?.Any(q => string.Equals(q, "all", StringComparison.OrdinalIgnoreCase)) == true;
        var wanted = everything ? model.Quantities.Select(q => (string?)q.Name).ToList() : Quantities(requested);
        var results = wanted.Select(q => catalog.Evaluate(new ScenarioRequest(model.Name, given, q))).ToList();

        // With "all", quantities that need inputs not given are reported beside the others; otherwise any failure is the answer.
        var failure = results.FirstOrDefault(r => !r.Succeeded);
        if (failure is not null && (!everything || results.All(r => !r.Succeeded)))
        {
            error.WriteLine($"electrotutor sim {model.Name}: {failure.Error}");
            return ElectroTutorCommand.InputError;
        }

        if (parse.GetValue(json))
        {
            output.WriteLine(ToJson(model, given, wanted, results).ToJsonString(Json.Options));
            return 0;
        }

        var width = model.Quantities.Max(q => q.Name.Length);
        foreach (var (name, result) in wanted.Zip(results))
        {
            var spec = ScenarioCatalog.Quantity(model, name);
            output.WriteLine(result.Succeeded
                ? $"{spec.Name.PadRight(width)}  {NumberFormat.ForPeople(result.Value!.Value)} {Unit(result.Unit!)}  {spec.Description}"
                : $"{spec.Name.PadRight(width)}  not computed: {result.Error}");
        }

        return 0;
    }

    private static List<string?> Quantities(string[]? requested) =>
        requested is null || requested.Length == 0 ? [null] : requested.ToList<string?>();

    private static JsonObject ToJson(IScenarioModel model, Dictionary<string, ScenarioValue> given, List<string?> wanted, List<ScenarioResult> results)
    {
        var inputs = new JsonObject();
        foreach (var (name, value) in given)
        {
            inputs[name] = double.TryParse(value.ToString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                ? JsonValue.Create(number)
                : JsonValue.Create(value.ToString());
        }

        var list = new JsonArray();
        foreach (var (name, result) in wanted.Zip(results))
        {
            list.Add(result.Succeeded
                ? new JsonObject { ["quantity"] = result.Quantity, ["value"] = result.Value, ["unit"] = result.Unit }
                : new JsonObject { ["quantity"] = ScenarioCatalog.Quantity(model, name).Name, ["error"] = result.Error });
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
