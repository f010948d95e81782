using System.Text.Json;
using System.Text.Json.Serialization;

namespace ElectroTutor.BotFramework.Schema;

/// <summary>The conversation an activity belongs to.</summary>
public sealed record ConversationAccount
{
    /// <summary>The channel's opaque conversation id; compare ordinally and escape it in URL paths.</summary>
    public string? Id { get; init; }

    /// <summary>Display name, when the channel has one.</summary>
    public string? Name { get; init; }

    /// <summary>True for conversations with more than two participants.</summary>
    public bool? IsGroup { get; init; }

    /// <summary>Teams: <c>personal</c>, <c>groupChat</c> or <c>channel</c>.</summary>
    public string? ConversationType { get; init; }

    /// <summary>The Microsoft Entra tenant of the conversation (Teams).</summary>
    public string? TenantId { get; init; }

    /// <summary>Fields this schema does not model, kept so they are written back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}
