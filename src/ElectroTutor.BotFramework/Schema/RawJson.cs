using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace ElectroTutor.BotFramework.Schema;

/// <summary>
/// A value already serialized (with options of its own) and copied as it is into the activity that carries it, so a
/// bot can put its own data in <see cref="Activity.ChannelData"/> without parsing it back into nodes first. Written
/// as-is by any serializer; code that wants to look inside reads the activity's JSON.
/// </summary>
[JsonConverter(typeof(RawJsonConverter))]
public sealed class RawJson
{
    private readonly byte[] utf8;

    private RawJson(byte[] utf8) => this.utf8 = utf8;

    /// <summary>The JSON, UTF-8 encoded.</summary>
    public ReadOnlySpan<byte> Utf8 => utf8;

    /// <summary><paramref name="value"/> serialized with <paramref name="typeInfo"/>, as a node to put in an activity.</summary>
    public static JsonNode Node<T>(T value, JsonTypeInfo<T> typeInfo) =>
        JsonValue.Create(new RawJson(JsonSerializer.SerializeToUtf8Bytes(value, typeInfo)), BotJsonContext.Default.RawJson)
        ?? throw new UnreachableException("A value that is not null always makes a node.");

    /// <summary>Any one JSON value read from <paramref name="reader"/>, kept as its text.</summary>
    internal static RawJson Read(ref Utf8JsonReader reader)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        return new RawJson(JsonSerializer.SerializeToUtf8Bytes(document.RootElement, BotJsonContext.Default.JsonElement));
    }
}
