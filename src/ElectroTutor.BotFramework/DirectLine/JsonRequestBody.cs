using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace ElectroTutor.BotFramework.DirectLine;

/// <summary>Reads a request body as one JSON object, refusing oversized or malformed bodies with a clear 4xx.</summary>
internal static class JsonRequestBody
{
    /// <summary>
    /// Reads the body. An empty body gives (null, null) when <paramref name="allowEmpty"/>, else a 400.
    /// </summary>
    public static async Task<(JsonObject? Body, IResult? Error)> ReadObjectAsync(
        HttpRequest request, int maxBytes, bool allowEmpty, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes) return (null, DirectLineErrors.TooLarge(maxBytes));

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes) return (null, DirectLineErrors.TooLarge(maxBytes));
            buffer.Write(chunk, 0, read);
        }

        if (buffer.Length == 0)
        {
            return allowEmpty ? (null, null) : (null, DirectLineErrors.BadArgument("The body must be a JSON object."));
        }

        try
        {
            return JsonNode.Parse(buffer.ToArray()) is JsonObject body
                ? (body, null)
                : (null, DirectLineErrors.BadArgument("The body must be a JSON object."));
        }
        catch (JsonException exception)
        {
            return (null, DirectLineErrors.BadArgument("The body is not valid JSON: " + exception.Message));
        }
    }
}
