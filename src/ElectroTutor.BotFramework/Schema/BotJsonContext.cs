using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace ElectroTutor.BotFramework.Schema;

/// <summary>
/// Source-generated serialization for the wire types: camelCase, case-sensitive names, nulls omitted on write, no
/// comments or trailing commas, at most <see cref="MaxDepth"/> levels of nesting.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    MaxDepth = MaxDepth)]
[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(ExpectedReplies))]
[JsonSerializable(typeof(ResourceResponse))]
[JsonSerializable(typeof(ErrorResponse))]
[JsonSerializable(typeof(JsonNode))]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(RawJson))]
public sealed partial class BotJsonContext : JsonSerializerContext
{
    /// <summary>The deepest nesting of objects and arrays accepted in a request body.</summary>
    public const int MaxDepth = 64;

    /// <summary>
    /// For writing what goes out to channels and clients: <see cref="Default"/>'s shape, with text
    /// written as itself (µ, ⁺, —, an apostrophe) instead of as <c>\u</c> escapes, as the Bot Framework's own SDKs
    /// write it; quotes, backslashes and control characters are still escaped. These bodies are JSON for bot clients,
    /// never placed in a web page, so the HTML-safe escaping of the default encoder bought nothing but bytes and time.
    /// </summary>
    public static BotJsonContext Wire => WireContext.Instance;

    // Its own type, so it is built after this one's static Default, whichever partial file declares that.
    private static class WireContext
    {
        public static readonly BotJsonContext Instance = new(new JsonSerializerOptions(Default.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }
}
