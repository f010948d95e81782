using System.Text.Json;
using System.Text.Json.Serialization;

namespace ElectroTutor.Data.Reports;

/// <summary>
/// A class report as JSON: the <see cref="ClassReport"/> record in camelCase, enums as names, times in ISO 8601.
/// The default encoder escapes <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c>, so the text is safe to embed in a page.
/// </summary>
public static class ClassReportJson
{
    /// <summary>The serializer settings, for readers that want the same shape back.</summary>
    public static JsonSerializerOptions Options { get; } = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <summary>The report as indented JSON text.</summary>
    public static string Serialize(ClassReport report) => JsonSerializer.Serialize(report, Options);

    /// <summary>Writes the report as indented JSON (UTF-8) to <paramref name="stream"/>.</summary>
    public static Task WriteAsync(ClassReport report, Stream stream, CancellationToken cancellationToken = default) =>
        JsonSerializer.SerializeAsync(stream, report, Options, cancellationToken);
}
