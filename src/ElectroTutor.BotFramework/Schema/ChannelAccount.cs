using System.Text.Json;
using System.Text.Json.Serialization;

namespace ElectroTutor.BotFramework.Schema;

/// <summary>A user or bot in a conversation (<c>from</c>, <c>recipient</c>, <c>membersAdded</c>…).</summary>
public sealed record ChannelAccount
{
    /// <summary>The channel's opaque id for the account (Teams: <c>29:…</c> for users, <c>28:…</c> for bots).</summary>
    public string? Id { get; init; }

    /// <summary>Display name.</summary>
    public string? Name { get; init; }

    /// <summary>The stable Microsoft Entra object id (Teams); the best key for per-person state there.</summary>
    public string? AadObjectId { get; init; }

    /// <summary>Advisory role, <c>user</c> or <c>bot</c>; Web Chat uses it to pick the bubble side.</summary>
    public string? Role { get; init; }

    /// <summary>Fields this schema does not model, kept so they are written back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}
