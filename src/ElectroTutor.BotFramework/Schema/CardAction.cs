using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace ElectroTutor.BotFramework.Schema;

/// <summary>A clickable action, e.g. one suggested-action button.</summary>
public sealed record CardAction
{
    /// <summary>What a click does: <c>imBack</c> (sends <see cref="Value"/> as text), <c>postBack</c>, <c>messageBack</c>, <c>openUrl</c>…</summary>
    public string? Type { get; init; }

    /// <summary>The button's caption.</summary>
    public string? Title { get; init; }

    /// <summary>An icon URL.</summary>
    public string? Image { get; init; }

    /// <summary>Text sent by <c>messageBack</c>.</summary>
    public string? Text { get; init; }

    /// <summary>Text shown in the chat by <c>messageBack</c>.</summary>
    public string? DisplayText { get; init; }

    /// <summary>The payload: the text for <c>imBack</c>, the URL for <c>openUrl</c>, an object for <c>messageBack</c>.</summary>
    public JsonNode? Value { get; init; }

    /// <summary>Channel-specific data, kept as written.</summary>
    public JsonNode? ChannelData { get; init; }

    /// <summary>Fields this schema does not model, kept so they are written back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}
