using System.Text.Json;
using ElectroTutor.BotFramework.Schema;

namespace ElectroTutor.BotFramework.Tests.Hosting;

/// <summary>Inbound activities as a local Direct Line would post them.</summary>
internal static class Inbound
{
    public const string LocalServiceUrl = "http://127.0.0.1:5080/";

    public static Activity Activity(
        string type = ActivityTypes.Message,
        string? text = "hello",
        string conversationId = "conv-1",
        string id = "conv-1|0000001",
        string? serviceUrl = LocalServiceUrl,
        string? deliveryMode = null,
        string channelId = "directline",
        string? name = null) => new()
        {
            Type = type,
            Id = id,
            Text = type == ActivityTypes.Message ? text : null,
            Name = name,
            ChannelId = channelId,
            ServiceUrl = serviceUrl,
            DeliveryMode = deliveryMode,
            Locale = "en-US",
            From = new ChannelAccount { Id = "student-1", Name = "Student", Role = "user" },
            Recipient = new ChannelAccount { Id = "electrotutor", Name = "ElectroTutor", Role = "bot" },
            Conversation = new ConversationAccount { Id = conversationId },
        };

    public static string Json(Activity activity) => JsonSerializer.Serialize(activity, BotJsonContext.Default.Activity);
}
