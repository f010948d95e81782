using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace ElectroTutor.BotFramework.DirectLine;

/// <summary>
/// Mints and checks JWT-shaped tokens (<c>header.payload.signature</c>, HS256) with the claims <c>user</c>, <c>conv</c>,
/// <c>iat</c> and <c>exp</c>. Web Chat decodes the payload (without checking the signature) to learn the user id, which
/// is how a <c>dl_</c> id is accepted. The key is random per process: a restart invalidates every token, just as it
/// forgets every conversation.
/// </summary>
public sealed class DirectLineTokenIssuer
{
    private static readonly string EncodedHeader = Base64Url.EncodeToString("""{"alg":"HS256","typ":"JWT"}"""u8);

    private readonly byte[] _key = RandomNumberGenerator.GetBytes(32);
    private readonly TimeProvider _timeProvider;

    /// <summary>Creates an issuer with a fresh random signing key.</summary>
    public DirectLineTokenIssuer(IOptions<DirectLineOptions> options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        _timeProvider = timeProvider;
        Lifetime = options.Value.TokenLifetime;
    }

    /// <summary>How long each token is valid.</summary>
    public TimeSpan Lifetime { get; }

    /// <summary>Mints a token for one user in one conversation, valid for <see cref="Lifetime"/>.</summary>
    public string Issue(string userId, string conversationId)
    {
        var now = _timeProvider.GetUtcNow();
        var payload = new MemoryStream();
        using (var writer = new Utf8JsonWriter(payload))
        {
            writer.WriteStartObject();
            writer.WriteString("user", userId);
            writer.WriteString("conv", conversationId);
            writer.WriteNumber("iat", now.ToUnixTimeSeconds());
            writer.WriteNumber("exp", (now + Lifetime).ToUnixTimeSeconds());
            writer.WriteEndObject();
        }

        var unsigned = EncodedHeader + "." + Base64Url.EncodeToString(payload.ToArray());
        return unsigned + "." + Base64Url.EncodeToString(Sign(unsigned));
    }

    /// <summary>Returns the token's grant, or null when it is malformed, forged or expired.</summary>
    public DirectLineToken? Validate(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 4096) return null;
        var parts = token.Split('.');
        if (parts.Length != 3 || !string.Equals(parts[0], EncodedHeader, StringComparison.Ordinal)) return null;

        try
        {
            var signature = Base64Url.DecodeFromChars(parts[2]);
            if (!CryptographicOperations.FixedTimeEquals(signature, Sign(parts[0] + "." + parts[1]))) return null;

            using var payload = JsonDocument.Parse(Base64Url.DecodeFromChars(parts[1]));
            var root = payload.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("user", out var user) || user.ValueKind != JsonValueKind.String
                || !root.TryGetProperty("conv", out var conversation) || conversation.ValueKind != JsonValueKind.String
                || !root.TryGetProperty("exp", out var exp) || !exp.TryGetInt64(out var expSeconds))
            {
                return null;
            }

            var expiresAt = DateTimeOffset.FromUnixTimeSeconds(expSeconds);
            if (expiresAt <= _timeProvider.GetUtcNow()) return null;
            return new DirectLineToken(user.GetString()!, conversation.GetString()!, expiresAt);
        }
        catch (Exception exception) when (exception is FormatException or JsonException or ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    private byte[] Sign(string unsigned) => HMACSHA256.HashData(_key, Encoding.ASCII.GetBytes(unsigned));
}
