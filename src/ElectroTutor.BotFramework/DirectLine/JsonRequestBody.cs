using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
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

        var bytes = buffer.ToArray();
        if (!Utf8.IsValid(bytes)) return (null, DirectLineErrors.BadArgument("The body is not valid UTF-8."));

        try
        {
            if (JsonNode.Parse(bytes) is not JsonObject body) return (null, DirectLineErrors.BadArgument("The body must be a JSON object."));
            ReadThrough(body);
            return (body, null);
        }
        catch (JsonException exception)
        {
            return (null, DirectLineErrors.BadArgument("The body is not valid JSON: " + exception.Message));
        }
        catch (Exception exception) when (exception is InvalidOperationException or ArgumentException)
        {
            // Nodes are read lazily: a repeated property name or a string that is not valid UTF-16 (a lone surrogate
            // escape) would otherwise surface later, in the bot, as a 5xx.
            return (null, DirectLineErrors.BadArgument("The body repeats a property name or holds a string that is not valid text."));
        }
    }

    /// <summary>Reads every property and string once, so that lazy parsing problems are found here (depth is bounded by the parser).</summary>
    private static void ReadThrough(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject properties:
                foreach (var property in properties) ReadThrough(property.Value);
                break;
            case JsonArray items:
                foreach (var item in items) ReadThrough(item);
                break;
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                value.GetValue<string>();
                break;
        }
    }
}
