using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using ElectroTutor.Tutoring.Conversation.Replies;

namespace ElectroTutor.Tutoring.Conversation;

/// <summary>
/// The JSON shape of conversation state and replies: camelCase, enums as kebab-case strings, nulls omitted, text written
/// as itself (µ, ⁺, —) rather than as <c>\u</c> escapes, since none of it goes into a web page. Replies carry a
/// <c>type</c> field; this is what channels attach as machine-readable data and what <c>chat --json</c> prints.
/// </summary>
public static class ConversationJson
{
    /// <summary>The serializer options for state and replies (read-only).</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>How a reply is written, <c>type</c> included, for serializing one without a string in between.</summary>
    public static JsonTypeInfo<TutorReply> Reply { get; } = (JsonTypeInfo<TutorReply>)Options.GetTypeInfo(typeof(TutorReply));

    /// <summary>One reply as a JSON object with its <c>type</c>.</summary>
    public static string Serialize(TutorReply reply) => JsonSerializer.Serialize(reply, Reply);

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
            MaxDepth = 32,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,

            // Experiments report "none" (a missing peak, say) as NaN or infinity.
            NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
