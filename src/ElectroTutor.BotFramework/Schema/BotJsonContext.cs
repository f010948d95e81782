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
}
