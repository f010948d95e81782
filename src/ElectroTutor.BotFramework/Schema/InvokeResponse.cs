using System.Text.Json.Nodes;

namespace ElectroTutor.BotFramework.Schema;

/// <summary>The synchronous answer to an <c>invoke</c> activity, returned as the HTTP response.</summary>
/// <param name="Status">The HTTP status code (100–599).</param>
/// <param name="Body">The JSON body, or null for none.</param>
public sealed record InvokeResponse(int Status, JsonNode? Body = null);
