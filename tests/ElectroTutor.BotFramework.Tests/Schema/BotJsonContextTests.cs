using System.Text.Json;
using ElectroTutor.BotFramework.Schema;

namespace ElectroTutor.BotFramework.Tests.Schema;

public sealed class BotJsonContextTests
{
    [Fact]
    public void The_wire_context_writes_text_as_itself_and_escapes_only_what_json_requires()
    {
        var activity = new Activity { Type = ActivityTypes.Message, Text = "[K⁺]o 4 → 10 mM: −16 mV — it's \"less negative\"\\\n\u0007" };

        var json = JsonSerializer.Serialize(activity, BotJsonContext.Wire.Activity);

        Assert.Contains("[K⁺]o 4 → 10 mM: −16 mV — it's", json, StringComparison.Ordinal);
        Assert.Contains("\\\"less negative\\\"\\\\\\n\\u0007", json, StringComparison.Ordinal);
        Assert.Equal(activity.Text, JsonSerializer.Deserialize(json, BotJsonContext.Default.Activity)!.Text);
    }

    [Fact]
    public void The_wire_context_has_the_default_shape()
    {
        var activity = new Activity { Type = ActivityTypes.Message, Id = "a-1", Text = "plain" };

        Assert.Equal(JsonSerializer.Serialize(activity, BotJsonContext.Default.Activity), JsonSerializer.Serialize(activity, BotJsonContext.Wire.Activity));
    }

    [Fact]
    public void A_lone_surrogate_in_text_still_gives_valid_json()
    {
        var activity = new Activity { Type = ActivityTypes.Message, Text = "a\ud800b" };

        var json = JsonSerializer.Serialize(activity, BotJsonContext.Wire.Activity);

        using var document = JsonDocument.Parse(json);
        Assert.StartsWith("a", document.RootElement.GetProperty("text").GetString(), StringComparison.Ordinal);
    }
}
