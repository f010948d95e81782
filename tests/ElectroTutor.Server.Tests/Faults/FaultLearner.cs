using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using ElectroTutor.Server.Tests.Cards;
using ElectroTutor.Simulation.Scenarios;
using ElectroTutor.Tutoring.Bank.Templates;
using ElectroTutor.Tutoring.Items;
using ElectroTutor.Tutoring.Storage;

namespace ElectroTutor.Server.Tests.Faults;

/// <summary>One learner talking to a tutor server over <c>/api/messages</c> with expectReplies, reading the machine-readable replies.</summary>
internal sealed class FaultLearner(string userId, string conversationId)
{
    private int activityNumber;

    public string UserId { get; } = userId;

    /// <summary>An activity of this learner with a fresh id (or <paramref name="id"/>).</summary>
    public JsonObject Message(string? text, JsonNode? value = null, string? id = null) => new()
    {
        ["type"] = "message",
        ["id"] = id ?? $"{conversationId}-{Interlocked.Increment(ref activityNumber)}",
        ["channelId"] = "directline",
        ["serviceUrl"] = "http://127.0.0.1:9/",
        ["deliveryMode"] = "expectReplies",
        ["from"] = new JsonObject { ["id"] = UserId, ["name"] = "Fault Learner" },
        ["recipient"] = new JsonObject { ["id"] = "electrotutor", ["name"] = "ElectroTutor" },
        ["conversation"] = new JsonObject { ["id"] = conversationId },
        ["text"] = text,
        ["value"] = value,
    };

    /// <summary>An answer to <paramref name="itemId"/>, right or wrong as the tutor's own generator computes it.</summary>
    public JsonObject Answer(string itemId, bool right, string? id = null)
    {
        Assert.True(ItemAnswerKey.TryParseItemId(itemId, out var templateId, out var seed));
        Assert.True(RealBank.Bank.TryGetTemplate(templateId, out var template));
        var item = new ItemGenerator(ScenarioCatalog.Default).Generate(template, seed).Item!;
        var submit = new JsonObject
        {
            ["electroTutor"] = new JsonObject { ["action"] = "answer", ["itemId"] = itemId },
            ["answer"] = right ? ItemAnswerKey.Right(item) : ItemAnswerKey.Wrong(item),
        };
        return Message(null, submit, id);
    }

    /// <summary>
    /// How many skill observations <paramref name="attempts"/> make: mastery counts each item once (its first graded try) on
    /// each of the item's skills, so the skill states' attempts must add up to this.
    /// </summary>
    public static int SkillObservations(IEnumerable<RecordedAttempt> attempts) =>
        attempts.Select(a => (a.Attempt.TemplateId, a.Attempt.Seed)).Distinct().Sum(item =>
        {
            Assert.True(RealBank.Bank.TryGetTemplate(item.TemplateId, out var template));
            return new ItemGenerator(ScenarioCatalog.Default).Generate(template, item.Seed).Item!.Skills.Distinct(StringComparer.Ordinal).Count();
        });

    /// <summary>Posts <paramref name="activity"/> and returns the replies; asserts a 200.</summary>
    public static async Task<JsonArray> PostAsync(HttpClient client, JsonObject activity)
    {
        using var response = await client.PostAsync("api/messages", new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["activities"]!.AsArray();
    }

    /// <summary>The item id of the question among <paramref name="replies"/>, or null.</summary>
    public static string? AskedItem(JsonArray replies) =>
        replies.Select(Data).Where(d => d?["type"]?.GetValue<string>() == "question").Select(d => d!["question"]!["itemId"]!.GetValue<string>()).LastOrDefault();

    /// <summary>True when <paramref name="replies"/> hold feedback saying the answer counted (graded and stored).</summary>
    public static bool Counted(JsonArray replies) =>
        replies.Select(Data).Any(d => d?["type"]?.GetValue<string>() == "feedback" && d["feedback"]?["counted"]?.GetValue<bool>() == true);

    /// <summary>All reply text, for messages.</summary>
    public static string Text(JsonArray replies) => string.Join(" | ", replies.Select(r => r?["text"]?.GetValue<string>()).OfType<string>());

    private static JsonObject? Data(JsonNode? activity) => activity?["channelData"]?["electroTutor"] as JsonObject;
}
