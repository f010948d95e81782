using System.Text.Json;
using System.Text.Json.Nodes;
using ElectroTutor.Simulation.Scenarios;

namespace ElectroTutor.Cli.Sim;

/// <summary>
/// Reads a batch file: a JSON list of <c>{id, model, inputs, quantity}</c>. A malformed entry becomes an item with an
/// error so the rest of the batch still runs; only a file that is not a JSON list is rejected whole.
/// </summary>
internal static class BatchFile
{
    public static IReadOnlyList<BatchItem> Parse(string json)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 });
        }
        catch (JsonException exception)
        {
            throw new FormatException($"the file is not valid JSON: {exception.Message}", exception);
        }

        if (root is not JsonArray list)
        {
            throw new FormatException("the file must hold a JSON list of scenarios: [{\"id\": …, \"model\": …, \"inputs\": {…}, \"quantity\": …}, …].");
        }

        return list.Select(Item).ToList();
    }

    private static BatchItem Item(JsonNode? node, int index)
    {
        if (node is not JsonObject entry)
        {
            return new BatchItem(null, null, $"entry {index} must be an object with id, model, inputs and quantity.");
        }

        var id = entry["id"]?.DeepClone();
        var unknown = entry.Select(p => p.Key).Where(k => k is not ("id" or "model" or "inputs" or "quantity")).ToList();
        if (unknown.Count > 0)
        {
            return new BatchItem(id, null, $"entry {index} has unknown field(s) {string.Join(", ", unknown)}; expected id, model, inputs, quantity.");
        }

        if (entry["model"] is not JsonValue modelValue || !modelValue.TryGetValue<string>(out var model))
        {
            return new BatchItem(id, null, $"entry {index} needs a model name (text).");
        }

        string? quantity = null;
        if (entry["quantity"] is { } quantityNode && (quantityNode is not JsonValue quantityValue || !quantityValue.TryGetValue(out quantity)))
        {
            return new BatchItem(id, null, $"entry {index}: quantity must be text.");
        }

        var inputs = new Dictionary<string, ScenarioValue>(StringComparer.Ordinal);
        if (entry["inputs"] is { } inputsNode)
        {
            if (inputsNode is not JsonObject inputObject)
            {
                return new BatchItem(id, null, $"entry {index}: inputs must be an object of name → number or text.");
            }

            foreach (var (name, value) in inputObject)
            {
                if (!TryValue(value, out var scenarioValue))
                {
                    return new BatchItem(id, null, $"entry {index}: input '{name}' must be a number or a text.");
                }

                inputs[name] = scenarioValue;
            }
        }

        return new BatchItem(id, new ScenarioRequest(model, inputs, quantity), null);
    }

    private static bool TryValue(JsonNode? node, out ScenarioValue value)
    {
        value = default;
        if (node is not JsonValue json)
        {
            return false;
        }

        switch (json.GetValueKind())
        {
            case JsonValueKind.Number when json.TryGetValue<double>(out var number):
                value = ScenarioValue.Of(number);
                return true;
            case JsonValueKind.String:
                value = ScenarioValue.Of(json.GetValue<string>());
                return true;
            default:
                return false;
        }
    }
}
