using System.Globalization;
using System.Net;
using System.Text.Json;

namespace ElectroTutor.BotFramework.Connector;

/// <summary>
/// Reads the JSON answer of an OAuth token endpoint: Entra's <c>{access_token, expires_in}</c> or App Service managed
/// identity's <c>{access_token, expires_on}</c> (numbers or numeric strings), and its error bodies.
/// </summary>
internal static class TokenResponse
{
    /// <summary>Turns the HTTP answer into a token, or throws <see cref="ConnectorTokenException"/> saying what went wrong.</summary>
    public static async Task<ConnectorAccessToken> ReadAsync(HttpResponseMessage response, string source, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new ConnectorTokenException($"{source} answered {(int)response.StatusCode}: {DescribeError(body)}");
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || ReadString(root, "access_token") is not { Length: > 0 } accessToken)
            {
                throw new ConnectorTokenException($"{source} answered without an access_token");
            }

            DateTimeOffset expiresAt;
            if (ReadSeconds(root, "expires_in") is { } expiresIn)
            {
                expiresAt = now.AddSeconds(expiresIn);
            }
            else if (ReadSeconds(root, "expires_on") is { } expiresOn)
            {
                expiresAt = DateTimeOffset.FromUnixTimeSeconds((long)expiresOn);
            }
            else
            {
                throw new ConnectorTokenException($"{source} answered without expires_in or expires_on");
            }

            return new ConnectorAccessToken(accessToken, expiresAt);
        }
        catch (JsonException exception)
        {
            throw new ConnectorTokenException($"{source} answered with malformed JSON: {exception.Message}", exception);
        }
    }

    /// <summary>The error code and the first line of its description, from an OAuth or managed identity error body.</summary>
    private static string DescribeError(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object)
            {
                var code = ReadString(root, "error");
                var description = (ReadString(root, "error_description") ?? ReadString(root, "message") ?? "").Split('\n', 2)[0].Trim();
                return code is null ? description : $"{code}: {description}";
            }
        }
        catch (JsonException)
        {
            // Not JSON: fall through to the raw text.
        }

        return body.Length <= 200 ? body : body[..200];
    }

    private static string? ReadString(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static double? ReadSeconds(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.Number when value.TryGetDouble(out var number) && number is >= 0 and < 1e10 => number,
            JsonValueKind.String when double.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                                      && number is >= 0 and < 1e10 => number,
            _ => null,
        };
    }
}
