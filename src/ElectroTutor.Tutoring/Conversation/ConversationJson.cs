using System.Text.Json;
using System.Text.Json.Serialization;
using ElectroTutor.Tutoring.Conversation.Replies;

namespace ElectroTutor.Tutoring.Conversation;

/// <summary>
/// The JSON shape of conversation state and replies: camelCase, enums as kebab-case strings, nulls omitted. Replies
/// carry a <c>type</c> field; this is what channels attach as machine-readable data and what <c>chat --json</c> prints.
/// </summary>
public static class ConversationJson
{
    /// <summary>The serializer options for state and replies.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
        MaxDepth = 32,

        // Experiments report "none" (a missing peak, say) as NaN or infinity.
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    /// <summary>One reply as a JSON object with its <c>type</c>.</summary>
    public static string Serialize(TutorReply reply) => JsonSerializer.Serialize(reply, Options);
}
