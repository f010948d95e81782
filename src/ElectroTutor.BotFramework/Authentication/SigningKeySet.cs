using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;

namespace ElectroTutor.BotFramework.Authentication;

/// <summary>Reads a JSON Web Key Set (RFC 7517) into RSA signing keys by <c>kid</c>; other keys (EC, encryption) are skipped.</summary>
internal static class SigningKeySet
{
    /// <summary>Parses the JWKS document; throws <see cref="JsonException"/> or <see cref="FormatException"/> when it is malformed.</summary>
    public static Dictionary<string, SigningKey> Parse(byte[] json)
    {
        using var document = JsonDocument.Parse(json);
        if (document.RootElement.ValueKind != JsonValueKind.Object
            || !document.RootElement.TryGetProperty("keys", out var keys) || keys.ValueKind != JsonValueKind.Array)
        {
            throw new FormatException("the key set has no 'keys' array");
        }

        var result = new Dictionary<string, SigningKey>(StringComparer.Ordinal);
        foreach (var key in keys.EnumerateArray())
        {
            if (TryReadKey(key) is { } signingKey)
            {
                result[signingKey.KeyId] = signingKey;
            }
        }

        return result;
    }

    /// <summary>One key, or null when it is not a usable RSA signing key; a broken key must not take the others down with it.</summary>
    private static SigningKey? TryReadKey(JsonElement key)
    {
        try
        {
            return ReadKey(key);
        }
        catch (Exception exception) when (exception is FormatException or CryptographicException)
        {
            return null;
        }
    }

    private static SigningKey? ReadKey(JsonElement key)
    {
        if (key.ValueKind != JsonValueKind.Object
            || GetString(key, "kid") is not { Length: > 0 } keyId
            || GetString(key, "kty") is { } keyType && keyType != "RSA"
            || GetString(key, "use") is { } use && use != "sig")
        {
            return null;
        }

        RSAParameters parameters;
        if (GetString(key, "n") is { } modulus && GetString(key, "e") is { } exponent)
        {
            parameters = new RSAParameters { Modulus = System.Buffers.Text.Base64Url.DecodeFromChars(modulus), Exponent = System.Buffers.Text.Base64Url.DecodeFromChars(exponent) };
        }
        else if (key.TryGetProperty("x5c", out var chain) && chain.ValueKind == JsonValueKind.Array && chain.GetArrayLength() > 0
                 && chain[0].GetString() is { } certificate)
        {
            using var x509 = X509CertificateLoader.LoadCertificate(Convert.FromBase64String(certificate));
            using var rsa = x509.GetRSAPublicKey();
            if (rsa is null)
            {
                return null;
            }

            parameters = rsa.ExportParameters(includePrivateParameters: false);
        }
        else
        {
            return null;
        }

        return new SigningKey(keyId, parameters, ReadEndorsements(key));
    }

    private static string[]? ReadEndorsements(JsonElement key)
    {
        if (!key.TryGetProperty("endorsements", out var endorsements) || endorsements.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        return [.. endorsements.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)];
    }

    private static string? GetString(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
