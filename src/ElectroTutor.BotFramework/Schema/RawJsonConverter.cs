using System.Text.Json;
using System.Text.Json.Serialization;

namespace ElectroTutor.BotFramework.Schema;

/// <summary>Writes a <see cref="RawJson"/> as the JSON it holds; reads any JSON value into one.</summary>
internal sealed class RawJsonConverter : JsonConverter<RawJson>
{
    public override RawJson Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => RawJson.Read(ref reader);

    // The text was written by the serializer, so it is known to be one valid JSON value.
    public override void Write(Utf8JsonWriter writer, RawJson value, JsonSerializerOptions options) =>
        writer.WriteRawValue(value.Utf8, skipInputValidation: true);
}
