using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace ElectroTutor.BotFramework.Schema;

/// <summary>A card, image or file carried by an activity.</summary>
public sealed record Attachment
{
    /// <summary>The attachment's media type, e.g. <c>application/vnd.microsoft.card.adaptive</c> or <c>image/png</c>.</summary>
    public string? ContentType { get; init; }

    /// <summary>Inline content such as a card's JSON, kept as written.</summary>
    public JsonNode? Content { get; init; }

    /// <summary>Where the content can be fetched instead (HTTPS or a data URI).</summary>
    public string? ContentUrl { get; init; }

    /// <summary>File name or title.</summary>
    public string? Name { get; init; }

    /// <summary>A preview image.</summary>
    public string? ThumbnailUrl { get; init; }

    /// <summary>Fields this schema does not model, kept so they are written back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}
