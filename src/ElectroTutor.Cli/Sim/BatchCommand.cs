using System.CommandLine;
using System.Text.Json.Nodes;
using ElectroTutor.Cli.Output;
using ElectroTutor.Simulation.Scenarios;

namespace ElectroTutor.Cli.Sim;

/// <summary>
/// <c>electrotutor sim batch FILE.json</c>: evaluates every scenario of a file (or standard input for <c>-</c>) and
/// prints a JSON list of <c>{id, value, unit}</c> or <c>{id, error}</c> in the file's order.
/// </summary>
internal static class BatchCommand
{
    public static Command Create(ScenarioCatalog catalog, TextWriter output, TextWriter error)
    {
        var file = new Argument<string>("FILE") { Description = "A JSON list of {id, model, inputs, quantity}; '-' reads standard input." };
        var command = new Command("batch", "Evaluate a JSON list of scenarios; a bad scenario gets an error entry and never stops the batch.") { file };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            IReadOnlyList<BatchItem> items;
            try
            {
                items = BatchFile.Parse(path == "-" ? Console.In.ReadToEnd() : File.ReadAllText(path));
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or FormatException)
            {
                error.WriteLine($"electrotutor sim batch: cannot read {path}: {exception.Message}");
                return ElectroTutorCommand.InputError;
            }

            var results = Evaluate(catalog, items);
            output.WriteLine(new JsonArray(results.ToArray<JsonNode?>()).ToJsonString(Json.Options));
            return 0;
        });
        return command;
    }

    internal static JsonObject[] Evaluate(ScenarioCatalog catalog, IReadOnlyList<BatchItem> items)
    {
        var results = new JsonObject[items.Count];
        BatchProgress.Run(items.Count, index => results[index] = Evaluate(catalog, items[index]));
        return results;
    }

    private static JsonObject Evaluate(ScenarioCatalog catalog, BatchItem item)
    {
        if (item.Request is null)
        {
            return new JsonObject { ["id"] = item.Id?.DeepClone(), ["error"] = item.Error };
        }

        ScenarioResult result;
        try
        {
            result = catalog.Evaluate(item.Request);
        }
#pragma warning disable CA1031 // One scenario's failure must never stop the batch.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            result = ScenarioResult.Failure($"internal error in model '{item.Request.Model}': {exception.Message}");
        }

        return result.Succeeded
            ? new JsonObject { ["id"] = item.Id?.DeepClone(), ["quantity"] = result.Quantity, ["value"] = result.Value, ["unit"] = result.Unit }
            : new JsonObject { ["id"] = item.Id?.DeepClone(), ["error"] = result.Error };
    }
}
