using System.Text.Json;

namespace ElectroTutor.BotFramework.Connector;

/// <summary>Reads what a connector answers: the <c>ResourceResponse</c> id on success, <c>{"error":{code,message}}</c> on failure.</summary>
internal static class ConnectorResponseBody
{
    /// <summary>
    /// The response body, or empty when it breaks off: the status has arrived, and a 2xx must not be retried (that would post
    /// the activity twice) just because its <c>ResourceResponse</c> was lost.
    /// </summary>
    public static async Task<string> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            return await response.Content.ReadAsStringAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is HttpRequestException or IOException
                                              || exception is TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return "";
        }
    }

    /// <summary>The <c>ResourceResponse</c> id; an empty or non-JSON body (offline-directline sends none) gives null.</summary>
    public static string? ActivityId(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
                ? id.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary><c>code: message</c> from the connector's error body, else the status line and the start of the body.</summary>
    public static string DescribeError(HttpResponseMessage response, string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            if (document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object)
            {
                var code = error.TryGetProperty("code", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null;
                var message = error.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null;
                return $"{code ?? "UnknownError"}: {message ?? "(no message)"}";
            }
        }
        catch (JsonException)
        {
            // Not the connector's error shape: describe it from the status line.
        }

        var statusLine = $"{(int)response.StatusCode} {response.ReasonPhrase}";
        var excerpt = text.Trim();
        return excerpt.Length == 0 ? statusLine : $"{statusLine}: {(excerpt.Length <= 200 ? excerpt : excerpt[..200])}";
    }
}
