using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ElectroTutor.Server.Tests.Authentication;

/// <summary>Mints RS256 tokens shaped like the ones the Bot Connector service puts on requests to a bot.</summary>
internal static class ConnectorToken
{
    /// <summary>A token signed by <paramref name="key"/> under <paramref name="keyId"/>, valid from <paramref name="issuedAt"/> for <paramref name="lifetime"/>.</summary>
    public static string Mint(RSA key, string keyId, string audience, string serviceUrl, DateTimeOffset issuedAt, TimeSpan lifetime)
    {
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = "https://api.botframework.com",
            Audience = audience,
            IssuedAt = issuedAt.UtcDateTime,
            NotBefore = issuedAt.UtcDateTime,
            Expires = (issuedAt + lifetime).UtcDateTime,
            Claims = new Dictionary<string, object>(StringComparer.Ordinal) { ["serviceurl"] = serviceUrl },
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(key) { KeyId = keyId }, SecurityAlgorithms.RsaSha256),
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }
}
