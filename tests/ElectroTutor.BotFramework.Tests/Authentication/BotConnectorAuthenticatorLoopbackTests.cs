using System.Net;
using ElectroTutor.BotFramework.Authentication;
using ElectroTutor.BotFramework.Tests.Connector;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ElectroTutor.BotFramework.Tests.Authentication;

/// <summary>Key discovery over real HTTP: metadata and key set served by Kestrel on 127.0.0.1.</summary>
public sealed class BotConnectorAuthenticatorLoopbackTests
{
    [Fact]
    public async Task Keys_fetched_over_http_validate_a_connector_token()
    {
        using var keys = new BotConnectorKeyServer();
        using var keyClient = keys.Handler.CreateClient();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        await using var app = builder.Build();

        // Relay the in-memory key server's documents, with jwks_uri rewritten to this loopback origin.
        app.MapGet("/v1/.well-known/openidconfiguration", (HttpContext context) =>
            Results.Json(new { issuer = "https://api.botframework.com", jwks_uri = $"http://{context.Request.Host}/v1/.well-known/keys" }));
        app.MapGet("/v1/.well-known/keys", async () =>
            Results.Content(await keyClient.GetStringAsync(new Uri("https://login.example.test/v1/.well-known/keys")), "application/json"));
        await app.StartAsync();

        var options = BotConnectorKeyServer.Options();
        options.OpenIdMetadataUrl = new Uri(new Uri(app.Urls.Single()), "/v1/.well-known/openidconfiguration");
        using var httpClient = new HttpClient();
        var clock = new FakeTimeProvider();
        using var authenticator = new BotConnectorAuthenticator(options, httpClient, clock);

        var result = await authenticator.AuthenticateAsync(
            "Bearer " + BotConnectorKeyServer.MintToken(clock.GetUtcNow(), keys.PrimaryKey), "webchat", BotConnectorKeyServer.ServiceUrl);

        Assert.True(result.Succeeded, result.Failure);
        await app.StopAsync();
    }
}
