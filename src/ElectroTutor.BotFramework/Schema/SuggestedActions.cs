using System.Text.Json;
using System.Text.Json.Serialization;

namespace ElectroTutor.BotFramework.Schema;

/// <summary>Quick-reply buttons shown under a message (Teams shows at most three and none beside attachments).</summary>
public sealed record SuggestedActions
{
    /// <summary>The ids of the accounts that should see the buttons, or null for everyone.</summary>
    public IReadOnlyList<string>? To { get; init; }

    /// <summary>The buttons.</summary>
    public IReadOnlyList<CardAction>? Actions { get; init; }

    /// <summary>Fields this schema does not model, kept so they are written back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}
