using System.Buffers.Text;
using System.Net;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ElectroTutor.Server.Tests.Authentication;

/// <summary>
/// Stands in for login.botframework.com on Kestrel at 127.0.0.1: OpenID metadata whose <c>jwks_uri</c> points at a key set
/// with one RSA key, published under <see cref="KeyId"/> with the channels it endorses.
/// </summary>
internal sealed class LoopbackKeyServer : IAsyncDisposable
{
    /// <summary>The <c>kid</c> of the published key.</summary>
    public const string KeyId = "connector-key-1";

    private const string MetadataPath = "/v1/.well-known/openidconfiguration";

    private const string KeySetPath = "/v1/.well-known/keys";

    private readonly WebApplication _app;

    private LoopbackKeyServer(WebApplication app, RSA signingKey, Uri metadataUrl)
    {
        _app = app;
        SigningKey = signingKey;
        MetadataUrl = metadataUrl;
    }

    /// <summary>The private key whose public half is published; tokens signed with it verify.</summary>
    public RSA SigningKey { get; }

    /// <summary>The OpenID metadata document's address, for <c>BotFramework:OpenIdMetadataUrl</c>.</summary>
    public Uri MetadataUrl { get; }

    /// <summary>Starts serving a fresh key that endorses <paramref name="endorsedChannels"/>.</summary>
    public static async Task<LoopbackKeyServer> StartAsync(params string[] endorsedChannels)
    {
        var signingKey = RSA.Create(2048);
        var parameters = signingKey.ExportParameters(includePrivateParameters: false);
        var keySet = new
        {
            keys = new[]
            {
                new
                {
                    kty = "RSA",
                    use = "sig",
                    kid = KeyId,
                    n = Base64Url.EncodeToString(parameters.Modulus),
                    e = Base64Url.EncodeToString(parameters.Exponent),
                    endorsements = endorsedChannels,
                },
            },
        };

        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapGet(MetadataPath, (HttpContext context) =>
            Results.Json(new { issuer = "https://api.botframework.com", jwks_uri = $"http://{context.Request.Host}{KeySetPath}" }));
        app.MapGet(KeySetPath, () => Results.Json(keySet));
        await app.StartAsync();
        return new LoopbackKeyServer(app, signingKey, new Uri(new Uri(app.Urls.Single()), MetadataPath));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        SigningKey.Dispose();
    }
}
