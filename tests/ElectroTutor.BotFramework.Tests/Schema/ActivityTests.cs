using System.Text.Json;
using System.Text.Json.Nodes;
using ElectroTutor.BotFramework.Schema;

namespace ElectroTutor.BotFramework.Tests.Schema;

public class ActivityTests
{
    public static TheoryData<string> Samples => new()
    {
        ActivitySamples.TeamsChannelMessage,
        ActivitySamples.WebChatMessage,
        ActivitySamples.WebChatCardSubmit,
        ActivitySamples.DirectLineConversationUpdate,
        ActivitySamples.TeamsAdaptiveCardInvoke,
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public void Reading_and_writing_a_channel_payload_keeps_every_field(string payload)
    {
        var activity = Read(payload);

        var written = JsonSerializer.SerializeToNode(activity, BotJsonContext.Default.Activity);

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(payload), written), written?.ToJsonString());
    }

    [Fact]
    public void Teams_message_fields_are_typed_and_unknown_fields_are_kept()
    {
        var activity = Read(ActivitySamples.TeamsChannelMessage);

        Assert.Equal(ActivityTypes.Message, activity.Type);
        Assert.Equal("msteams", activity.ChannelId);
        Assert.Equal("6e2f7a0c-3b1d-4f57-9a52-2c8f0c7d5e11", activity.From?.AadObjectId);
        Assert.Equal("channel", activity.Conversation?.ConversationType);
        Assert.True(activity.Conversation?.IsGroup);
        Assert.Equal("72f988bf-86f1-41af-91ab-2d7cd011db47", activity.Conversation?.TenantId);
        Assert.Equal(new DateTimeOffset(2026, 11, 21, 16, 58, 3, TimeSpan.Zero), activity.Timestamp?.AddTicks(-9411946));
        Assert.Equal(TimeSpan.FromHours(1), activity.LocalTimestamp?.Offset);
        Assert.Equal("Physiology 101", activity.ChannelData?["channel"]?["name"]?.GetValue<string>());
        Assert.Equal(2, activity.Entities?.Count);
        Assert.NotNull(activity.ExtensionData);
        Assert.Equal("2.50", activity.ExtensionData["rawTeamsField"].GetProperty("nested")[1].GetRawText());
    }

    [Fact]
    public void Unknown_fields_of_nested_accounts_survive()
    {
        var activity = Read(ActivitySamples.DirectLineConversationUpdate);

        var user = activity.MembersAdded?[1];

        Assert.Equal("student-1", user?.Id);
        Assert.Equal(7, user?.ExtensionData?["futureMemberField"].GetInt32());
    }

    [Fact]
    public void Card_submit_value_is_available_as_json()
    {
        var activity = Read(ActivitySamples.WebChatCardSubmit);

        Assert.Null(activity.Text);
        Assert.Equal("A", activity.Value?["choice"]?.GetValue<string>());
        Assert.True(activity.ChannelData?["postBack"]?.GetValue<bool>());
    }

    [Fact]
    public void Writing_uses_camel_case_omits_nulls_and_stamps_utc_with_z()
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Text = "Resting potential is about −70 mV.",
            Timestamp = new DateTimeOffset(2026, 11, 21, 18, 0, 0, TimeSpan.FromHours(1)),
            SuggestedActions = new SuggestedActions { Actions = [new CardAction { Type = "imBack", Title = "Ohm", Value = "Ohm" }] },
            Attachments = [new Attachment { ContentType = "application/vnd.microsoft.card.adaptive", Content = new JsonObject { ["type"] = "AdaptiveCard", ["version"] = "1.5" } }],
        };

        var json = JsonSerializer.Serialize(activity, BotJsonContext.Default.Activity);

        Assert.Equal(
            """{"type":"message","timestamp":"2026-11-21T17:00:00Z","text":"Resting potential is about \u221270 mV.","attachments":[{"contentType":"application/vnd.microsoft.card.adaptive","content":{"type":"AdaptiveCard","version":"1.5"}}],"suggestedActions":{"actions":[{"type":"imBack","title":"Ohm","value":"Ohm"}]}}""",
            json);
    }

    [Fact]
    public void Expected_replies_and_errors_have_the_wire_shape()
    {
        var replies = new ExpectedReplies([new Activity { Type = ActivityTypes.Typing }]);
        var error = new ErrorResponse(new ErrorDetail("BadActivity", "The activity has no 'type'."));

        Assert.Equal("""{"activities":[{"type":"typing"}]}""", JsonSerializer.Serialize(replies, BotJsonContext.Default.ExpectedReplies));
        Assert.Equal("""{"error":{"code":"BadActivity","message":"The activity has no \u0027type\u0027."}}""", JsonSerializer.Serialize(error, BotJsonContext.Default.ErrorResponse));
        Assert.Equal("""{"id":"1|0000002"}""", JsonSerializer.Serialize(new ResourceResponse("1|0000002"), BotJsonContext.Default.ResourceResponse));
    }

    private static Activity Read(string payload)
    {
        var result = ActivityReader.Read(System.Text.Encoding.UTF8.GetBytes(payload));
        Assert.True(result.Succeeded, result.Message);
        return result.Activity;
    }
}
