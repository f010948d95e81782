using System.Text.Json.Nodes;
using ElectroTutor.Tutoring.Answers;
using ElectroTutor.Tutoring.Bank.Templates;
using ElectroTutor.Tutoring.Items;

namespace ElectroTutor.Cli.Bank;

/// <summary>The JSON shapes of templates and items, shared by the bank commands.</summary>
internal static class TemplateJson
{
    public static string Kind(TemplateKind kind) => kind switch
    {
        TemplateKind.Numeric => "numeric",
        TemplateKind.Choice => "choice",
        TemplateKind.Ordering => "ordering",
        _ => "short",
    };

    public static JsonObject Item(Item item)
    {
        var parameters = new JsonObject();
        foreach (var p in item.Parameters)
        {
            parameters[p.Name] = new JsonObject { ["value"] = p.Value, ["unit"] = p.Unit };
        }

        return new JsonObject
        {
            ["id"] = item.Id,
            ["templateId"] = item.TemplateId,
            ["seed"] = item.Seed,
            ["kind"] = Kind(item.Kind),
            ["skills"] = Strings(item.Skills),
            ["difficulty"] = item.Difficulty,
            ["prompt"] = item.Prompt,
            ["parameters"] = parameters,
            ["answer"] = item.Answer is { } answer ? new JsonObject { ["value"] = answer, ["unit"] = item.AnswerUnit } : null,
            ["tolerance"] = item.Tolerance is { } t ? new JsonObject { ["kind"] = Tolerance(t.Kind), ["amount"] = t.Amount } : null,
            ["variants"] = new JsonArray(item.Variants.Select(v => (JsonNode?)new JsonObject { ["misconception"] = v.MisconceptionId, ["value"] = v.Value }).ToArray()),
            ["choices"] = Choices(item.Choices, withAnswers: true),
            ["ordering"] = item.OrderingShown.Count == 0 ? null : new JsonObject { ["shown"] = Choices(item.OrderingShown, withAnswers: false), ["correctOrder"] = Strings(item.CorrectOrder) },
            ["hints"] = Strings(item.Hints),
            ["solution"] = item.Solution,
            ["explanation"] = item.Explanation,
        };
    }

    public static string Tolerance(ToleranceKind kind) => kind switch
    {
        ToleranceKind.Absolute => "absolute",
        ToleranceKind.Relative => "relative",
        _ => "significantFigures",
    };

    private static JsonArray Strings(IEnumerable<string> values) => new(values.Select(v => (JsonNode?)v).ToArray());

    private static JsonArray Choices(IEnumerable<ItemChoice> choices, bool withAnswers) => new(choices.Select(c =>
    {
        var node = new JsonObject { ["letter"] = c.Letter, ["text"] = c.Text };
        if (withAnswers)
        {
            node["correct"] = c.IsCorrect;
            node["misconception"] = c.MisconceptionId;
        }

        return (JsonNode?)node;
    }).ToArray());
}
