using System.CommandLine;
using System.Text.Json.Nodes;
using ElectroTutor.Cli.Output;
using ElectroTutor.Simulation.Scenarios;

namespace ElectroTutor.Cli.Sim;

/// <summary><c>electrotutor sim models [--json]</c>: every model with its inputs and quantities.</summary>
internal static class ModelsCommand
{
    public static Command Create(ScenarioCatalog catalog, TextWriter output)
    {
        var json = new Option<bool>("--json") { Description = "Print JSON." };
        var command = new Command("models", "List the simulator's models with their inputs (name, unit, default, range) and quantities.") { json };
        command.SetAction(parse =>
        {
            if (parse.GetValue(json))
            {
                output.WriteLine(new JsonArray(catalog.Models.Select(ToJson).ToArray<JsonNode?>()).ToJsonString(Json.Options));
                return 0;
            }

            foreach (var model in catalog.Models)
            {
                output.WriteLine($"{model.Name}: {model.Description}");
                foreach (var p in model.Inputs)
                {
                    output.WriteLine($"  --{p.Name} [{(p.Kind == ScenarioParameterKind.Text ? string.Join("|", p.Choices) : p.Unit)}] {Default(p)}");
                }

                foreach (var q in model.Quantities)
                {
                    output.WriteLine($"  => {q.Name} [{q.Unit}] {q.Description}");
                }
            }

            return 0;
        });
        return command;
    }

    private static string Default(ScenarioParameter p) =>
        p.DefaultNumber is { } n ? $"default {NumberFormat.ForPeople(n)}"
        : p.DefaultText is { } t ? $"default {t}"
        : p.IsRequired ? "required" : "optional";

    private static JsonObject ToJson(IScenarioModel model) => new()
    {
        ["name"] = model.Name,
        ["description"] = model.Description,
        ["inputs"] = new JsonArray(model.Inputs.Select(p => (JsonNode?)new JsonObject
        {
            ["name"] = p.Name,
            ["kind"] = p.Kind == ScenarioParameterKind.Number ? "number" : "text",
            ["unit"] = p.Unit,
            ["default"] = p.DefaultNumber is { } n ? JsonValue.Create(n) : p.DefaultText is { } t ? JsonValue.Create(t) : null,
            ["required"] = p.IsRequired,
            ["minimum"] = double.IsFinite(p.Minimum) ? p.Minimum : null,
            ["maximum"] = double.IsFinite(p.Maximum) ? p.Maximum : null,
            ["choices"] = new JsonArray(p.Choices.Select(c => (JsonNode?)c).ToArray()),
            ["aliases"] = new JsonArray(p.Aliases.Select(a => (JsonNode?)a).ToArray()),
            ["description"] = p.Description,
        }).ToArray()),
        ["quantities"] = new JsonArray(model.Quantities.Select(q => (JsonNode?)new JsonObject
        {
            ["name"] = q.Name,
            ["unit"] = q.Unit,
            ["description"] = q.Description,
        }).ToArray()),
    };
}
