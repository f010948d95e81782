using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using ElectroTutor.BotFramework.Schema;

namespace ElectroTutor.BotFramework.Tests.Schema;

public sealed class RawJsonTests
{
    private static readonly JsonSerializerOptions KebabEnums = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
    };

    private enum Verdict
    {
        CorrectWithNote,
    }

    [Fact]
    public void A_value_is_written_into_the_activity_with_its_own_options()
    {
        var data = new Dictionary<string, Verdict> { ["verdict"] = Verdict.CorrectWithNote };
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            ChannelData = new JsonObject { ["bot"] = RawJson.Node(data, Info<Dictionary<string, Verdict>>(KebabEnums)) },
        };

        var wire = JsonNode.Parse(JsonSerializer.Serialize(activity, BotJsonContext.Default.Activity))!;

        // The bot's options (kebab-case enums) hold inside, the wire's own (camelCase, nulls left out) outside.
        Assert.Equal("correct-with-note", (string?)wire["channelData"]!["bot"]!["verdict"]);
        Assert.Equal("message", (string?)wire["type"]);
        Assert.Null(wire["text"]);
    }

    [Fact]
    public void Any_serializer_writes_it_as_the_json_it_holds()
    {
        var node = RawJson.Node(new[] { 1, 2, 3 }, Info<int[]>(JsonSerializerOptions.Default));

        Assert.Equal("{\"data\":[1,2,3]}", new JsonObject { ["data"] = node }.ToJsonString());
        Assert.Equal("[1,2,3]", JsonSerializer.Serialize(node));
    }

    [Theory]
    [InlineData("{\"a\": [1, 2, {\"b\": null}]}", "{\"a\":[1,2,{\"b\":null}]}")]
    [InlineData("\"text\"", "\"text\"")]
    [InlineData("12.5", "12.5")]
    public void Read_json_is_kept_as_its_text(string json, string kept)
    {
        var raw = JsonSerializer.Deserialize(json, BotJsonContext.Default.RawJson);

        Assert.Equal(kept, Encoding.UTF8.GetString(raw!.Utf8));
    }

    private static JsonTypeInfo<T> Info<T>(JsonSerializerOptions options) => (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));

    [Fact]
    public void Reading_malformed_json_fails_as_json()
    {
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize("{\"a\": ", BotJsonContext.Default.RawJson));
    }
}
