using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace ElectroTutor.BotFramework.Schema;

/// <summary>
/// One Bot Framework activity as it travels on the wire (camelCase JSON). Fields the bot does not interpret
/// (<see cref="ChannelData"/>, <see cref="Value"/>, <see cref="Entities"/>, attachment content) stay raw JSON, and fields this
/// type does not model land in <see cref="ExtensionData"/>, so a channel's payload survives a read and write unchanged.
/// </summary>
public sealed record Activity
{
    /// <summary>The kind of activity; see <see cref="ActivityTypes"/>.</summary>
    public string? Type { get; init; }

    /// <summary>The id the channel gave the activity. Bots leave it unset on what they send.</summary>
    public string? Id { get; init; }

    /// <summary>When the channel received the activity (UTC; written with <c>Z</c>).</summary>
    [JsonConverter(typeof(UtcTimestampConverter))]
    public DateTimeOffset? Timestamp { get; init; }

    /// <summary>The sender's local time, with its offset.</summary>
    public DateTimeOffset? LocalTimestamp { get; init; }

    /// <summary>The sender's IANA time zone, e.g. <c>Europe/Berlin</c>.</summary>
    public string? LocalTimezone { get; init; }

    /// <summary>The base URL replies to this conversation are posted to. Bots do not send it.</summary>
    public string? ServiceUrl { get; init; }

    /// <summary>The channel, e.g. <c>msteams</c>, <c>directline</c>, <c>webchat</c>, <c>emulator</c>.</summary>
    public string? ChannelId { get; init; }

    /// <summary>The sender.</summary>
    public ChannelAccount? From { get; init; }

    /// <summary>The conversation.</summary>
    public ConversationAccount? Conversation { get; init; }

    /// <summary>The receiver.</summary>
    public ChannelAccount? Recipient { get; init; }

    /// <summary>The activity this one answers (inbound on Teams card clicks: the card's message).</summary>
    public string? ReplyToId { get; init; }

    /// <summary>The message text.</summary>
    public string? Text { get; init; }

    /// <summary><c>plain</c> (default), <c>markdown</c> or <c>xml</c>.</summary>
    public string? TextFormat { get; init; }

    /// <summary>BCP-47 locale of the text, e.g. <c>en-US</c>.</summary>
    public string? Locale { get; init; }

    /// <summary>Text to speak (SSML), for speech channels.</summary>
    public string? Speak { get; init; }

    /// <summary><c>acceptingInput</c>, <c>expectingInput</c> or <c>ignoringInput</c>; matters only for speech.</summary>
    public string? InputHint { get; init; }

    /// <summary>Text shown where the channel cannot render the content.</summary>
    public string? Summary { get; init; }

    /// <summary>Cards, images and files. Web Chat sends an empty list with plain text; treat empty as none.</summary>
    public IReadOnlyList<Attachment>? Attachments { get; init; }

    /// <summary><c>list</c> (default) or <c>carousel</c>.</summary>
    public string? AttachmentLayout { get; init; }

    /// <summary>Quick-reply buttons.</summary>
    public SuggestedActions? SuggestedActions { get; init; }

    /// <summary>Programmatic payload: card submit data (message), request (invoke), event data (event). Kept as written.</summary>
    public JsonNode? Value { get; init; }

    /// <summary>The type of <see cref="Value"/>, when the sender names it.</summary>
    public string? ValueType { get; init; }

    /// <summary>The name of an <c>event</c> or <c>invoke</c>, e.g. <c>adaptiveCard/action</c>.</summary>
    public string? Name { get; init; }

    /// <summary>Mentions, client information and other entities. Kept as written.</summary>
    public JsonArray? Entities { get; init; }

    /// <summary>Channel-specific data (Teams tenant and team, Web Chat client activity id…). Kept as written.</summary>
    public JsonNode? ChannelData { get; init; }

    /// <summary>See <see cref="DeliveryModes"/>; absent means normal.</summary>
    public string? DeliveryMode { get; init; }

    /// <summary>On <c>conversationUpdate</c>: who joined.</summary>
    public IReadOnlyList<ChannelAccount>? MembersAdded { get; init; }

    /// <summary>On <c>conversationUpdate</c>: who left.</summary>
    public IReadOnlyList<ChannelAccount>? MembersRemoved { get; init; }

    /// <summary>On <c>installationUpdate</c>: <c>add</c> or <c>remove</c> (and upgrade variants).</summary>
    public string? Action { get; init; }

    /// <summary>On <c>endOfConversation</c>: why it ended.</summary>
    public string? Code { get; init; }

    /// <summary>Fields this schema does not model, kept so they are written back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}
