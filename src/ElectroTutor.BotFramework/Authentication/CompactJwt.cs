using System.Buffers.Text;
using System.Text;
using System.Text.Json;

namespace ElectroTutor.BotFramework.Authentication;

/// <summary>
/// A JWT in JWS compact form (<c>header.payload.signature</c>), split and decoded but not yet trusted.
/// </summary>
internal sealed class CompactJwt
{
    private CompactJwt(JsonElement header, JsonElement payload, byte[] signedBytes, byte[] signature)
    {
        Header = header;
        Payload = payload;
        SignedBytes = signedBytes;
        Signature = signature;
    }

    /// <summary>The JOSE header (<c>alg</c>, <c>kid</c>, …).</summary>
    public JsonElement Header { get; }

    /// <summary>The claims.</summary>
    public JsonElement Payload { get; }

    /// <summary>The ASCII bytes of <c>header.payload</c>, which the signature covers.</summary>
    public byte[] SignedBytes { get; }

    /// <summary>The decoded signature.</summary>
    public byte[] Signature { get; }

    /// <summary>Splits and decodes a token; returns null with a reason when it is not a well-formed compact JWS.</summary>
    public static CompactJwt? TryParse(string token, out string? failure)
    {
        var parts = token.Split('.');
        // An empty signature part is left for the algorithm check to reject, so "alg: none" gets a precise reason.
        if (parts.Length != 3 || parts[0].Length == 0 || parts[1].Length == 0)
        {
            failure = "token is not a JWT in compact form (header.payload.signature in base64url)";
            return null;
        }

        try
        {
            var header = ParseObject(parts[0]);
            var payload = ParseObject(parts[1]);
            var signature = Base64Url.DecodeFromChars(parts[2]);
            failure = null;
            return new CompactJwt(header, payload, Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]), signature);
        }
        catch (Exception exception) when (exception is FormatException or JsonException)
        {
            failure = "token is malformed: " + exception.Message;
            return null;
        }
    }

    /// <summary>A header parameter as a string, or null when absent or not a string.</summary>
    public string? HeaderString(string name) => GetString(Header, name);

    /// <summary>A claim as a string, or null when absent or not a string.</summary>
    public string? ClaimString(string name) => GetString(Payload, name);

    /// <summary>A NumericDate claim (seconds since the Unix epoch), or null when absent or not a number.</summary>
    public DateTimeOffset? ClaimTime(string name)
    {
        if (!Payload.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.Number || !value.TryGetDouble(out var seconds))
        {
            return null;
        }

        // Out-of-range values are treated as absent rather than crashing the check.
        const double MaxSeconds = 253_402_300_799; // 9999-12-31T23:59:59Z
        return seconds is >= 0 and <= MaxSeconds ? DateTimeOffset.UnixEpoch.AddSeconds(Math.Floor(seconds)) : null;
    }

    private static JsonElement ParseObject(string part)
    {
        using var document = JsonDocument.Parse(Base64Url.DecodeFromChars(part));
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException("a JWT part is not a JSON object");
        }

        return document.RootElement.Clone();
    }

    private static string? GetString(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
