using System.Text.Encodings.Web;
using System.Text.Json;

namespace ElectroTutor.Cli.Output;

/// <summary>The one set of JSON settings every command prints with.</summary>
internal static class Json
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
