using System.Buffers.Text;
using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using ElectroTutor.BotFramework.Authentication;
using ElectroTutor.BotFramework.Tests.Connector;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ElectroTutor.BotFramework.Tests.Authentication;

/// <summary>
/// Stands in for login.botframework.com: publishes RSA keys (with endorsements) through OpenID metadata and a JWKS document
/// served in memory, and mints tokens the way the Bot Connector service does.
/// </summary>
public sealed class BotConnectorKeyServer : IDisposable
{
    public const string AppId = "9f1d2c3b-0000-4000-8000-00000000b07a";
    public const string ServiceUrl = "https://smba.trafficmanager.net/amer/";
    public static readonly Uri MetadataUrl = new("https://login.example.test/v1/.well-known/openidconfiguration");
    private static readonly Uri JwksUrl = new("https://login.example.test/v1/.well-known/keys");

    // Generating a 2048-bit key is slow on a busy machine; the usual signing key is shared by all tests.
    private static readonly RSA SharedPrimaryKey = RSA.Create(2048);
    private readonly Lock gate = new();
    private readonly List<(string KeyId, RSA Key, string[]? Endorsements)> published = [];

    public BotConnectorKeyServer()
    {
        Handler = new StubHttpMessageHandler(Respond);
        PrimaryKey = SharedPrimaryKey;
        published.Add(("key-1", SharedPrimaryKey, ["msteams", "webchat", "directline"]));
    }

    public StubHttpMessageHandler Handler { get; }

    public RSA PrimaryKey { get; }

    public bool Down { get; set; }

    public int KeySetFetches => Handler.Requests.Count(r => r.Uri == JwksUrl);

    /// <summary>Adds a key to the published set (as a key rotation does) and returns it.</summary>
    public RSA Publish(string keyId, string[]? endorsements)
    {
        var key = RSA.Create(2048);
        lock (gate)
        {
            published.Add((keyId, key, endorsements));
        }

        return key;
    }

    public static BotAuthenticationOptions Options(TimeSpan? unknownKeyRefreshInterval = null) => new()
    {
        MicrosoftAppId = AppId,
        OpenIdMetadataUrl = MetadataUrl,
        UnknownKeyRefreshInterval = unknownKeyRefreshInterval ?? TimeSpan.FromHours(1),
    };

    /// <summary>A token as the Bot Connector would send it at <paramref name="issuedAt"/>, valid for an hour.</summary>
    public static string MintToken(
        DateTimeOffset issuedAt,
        RSA key,
        string keyId = "key-1",
        string algorithm = SecurityAlgorithms.RsaSha256,
        string issuer = "https://api.botframework.com",
        string audience = AppId,
        string? serviceUrl = ServiceUrl,
        TimeSpan? lifetime = null,
        TimeSpan? notBeforeOffset = null)
    {
        var claims = new Dictionary<string, object>(StringComparer.Ordinal);
        if (serviceUrl is not null)
        {
            claims["serviceurl"] = serviceUrl;
        }

        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = issuedAt.UtcDateTime,
            NotBefore = (issuedAt + (notBeforeOffset ?? TimeSpan.Zero)).UtcDateTime,
            Expires = (issuedAt + (lifetime ?? TimeSpan.FromHours(1))).UtcDateTime,
            Claims = claims,
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(key) { KeyId = keyId }, algorithm),
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }

    public void Dispose()
    {
        Handler.Dispose();
        lock (gate)
        {
            foreach (var (_, key, _) in published.Where(k => k.Key != SharedPrimaryKey))
            {
                key.Dispose();
            }
        }
    }

    private HttpResponseMessage Respond(HttpRequestMessage request)
    {
        if (Down)
        {
            return new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
        }

        if (request.RequestUri == MetadataUrl)
        {
            return StubHttpMessageHandler.Json(HttpStatusCode.OK, JsonSerializer.Serialize(new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["issuer"] = "https://api.botframework.com",
                ["jwks_uri"] = JwksUrl.AbsoluteUri,
            }));
        }

        return request.RequestUri == JwksUrl
            ? StubHttpMessageHandler.Json(HttpStatusCode.OK, KeySetJson())
            : new HttpResponseMessage(HttpStatusCode.NotFound);
    }

    private string KeySetJson()
    {
        lock (gate)
        {
            var keys = published.Select(k =>
            {
                var parameters = k.Key.ExportParameters(includePrivateParameters: false);
                var jwk = new Dictionary<string, object>(StringComparer.Ordinal)
                {
                    ["kty"] = "RSA",
                    ["use"] = "sig",
                    ["kid"] = k.KeyId,
                    ["n"] = Base64Url.EncodeToString(parameters.Modulus),
                    ["e"] = Base64Url.EncodeToString(parameters.Exponent),
                };
                if (k.Endorsements is not null)
                {
                    jwk["endorsements"] = k.Endorsements;
                }

                return jwk;
            });
            return JsonSerializer.Serialize(new { keys });
        }
    }
}
