using System.Text.Json;
using System.Text.Json.Nodes;
using ElectroTutor.BotFramework.Schema;

namespace ElectroTutor.Server.Tests.Cards;

/// <summary>Reads what tests look for in activities and cards.</summary>
internal static class CardJson
{
    /// <summary>The activity as it goes on the wire.</summary>
    public static string Wire(Activity activity) => JsonSerializer.Serialize(activity, BotJsonContext.Default.Activity);

    /// <summary>The reply's machine-readable data, <c>channelData.electroTutor</c>, as it goes on the wire.</summary>
    public static JsonObject ReplyData(Activity activity) =>
        Assert.IsType<JsonObject>(JsonNode.Parse(Wire(activity))?["channelData"]?["electroTutor"]);

    /// <summary>The activity's one Adaptive Card.</summary>
    public static JsonObject Card(Activity activity)
    {
        var attachment = Assert.Single(activity.Attachments!);
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.ContentType);
        var card = Assert.IsType<JsonObject>(attachment.Content);
        Assert.Equal("AdaptiveCard", (string?)card["type"]);
        Assert.Equal("1.5", (string?)card["version"]);
        return card;
    }

    /// <summary>Every object of <paramref name="type"/> anywhere in <paramref name="node"/>, in document order.</summary>
    public static IEnumerable<JsonObject> All(JsonNode? node, string type)
    {
        switch (node)
        {
            case JsonObject obj:
                if ((obj["type"] as JsonValue)?.GetValueKind() == JsonValueKind.String && (string?)obj["type"] == type)
                {
                    yield return obj;
                }

                foreach (var child in obj.SelectMany(pair => All(pair.Value, type)))
                {
                    yield return child;
                }

                break;
            case JsonArray array:
                foreach (var child in array.SelectMany(item => All(item, type)))
                {
                    yield return child;
                }

                break;
        }
    }

    /// <summary>The submit button titled <paramref name="title"/>.</summary>
    public static JsonObject Submit(JsonObject card, string title) => Assert.Single(All(card, "Action.Submit"), a => (string?)a["title"] == title);

    /// <summary>The <c>electroTutor</c> object of a submit button's data.</summary>
    public static JsonObject TutorData(JsonObject submit) => Assert.IsType<JsonObject>(submit["data"]?["electroTutor"]);

    /// <summary>The message a channel posts when <paramref name="submit"/> is pressed, with input values merged in.</summary>
    public static Activity Pressed(JsonObject submit, params (string Id, string Value)[] inputs)
    {
        var value = (JsonObject)submit["data"]!.DeepClone();
        foreach (var (id, text) in inputs)
        {
            value[id] = text;
        }

        return new Activity { Type = "message", Value = value, ChannelData = new JsonObject { ["postBack"] = true } };
    }
}
