using System.Globalization;
using System.Text;
using System.Text.Json;

namespace ElectroTutor.BotFramework.DirectLine;

/// <summary>Writes Direct Line's ActivitySet, <c>{"activities":[…],"watermark":"n"}</c>; the watermark is always a string.</summary>
internal static class ActivitySet
{
    public static string ToJson(TranscriptSlice slice) => Encoding.UTF8.GetString(ToUtf8(slice));

    public static byte[] ToUtf8(TranscriptSlice slice)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("activities");
            foreach (var activity in slice.Activities) writer.WriteRawValue(activity, skipInputValidation: true);
            writer.WriteEndArray();
            writer.WriteString("watermark", slice.Watermark.ToString(CultureInfo.InvariantCulture));
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }
}
