using System.Globalization;
using System.Net;
using ElectroTutor.BotFramework.Connector;

namespace ElectroTutor.BotFramework.Tests.Connector;

public sealed class ManagedIdentityTokenProviderTests
{
    private static readonly Uri IdentityEndpoint = new("http://127.0.0.1:41741/msi/token");
    private readonly FakeTimeProvider clock = new();

    [Fact]
    public async Task Asks_the_App_Service_identity_endpoint_for_the_bot_framework_resource()
    {
        var expiresOn = clock.GetUtcNow().AddHours(24).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        using var handler = new StubHttpMessageHandler(_ => StubHttpMessageHandler.Json(
            HttpStatusCode.OK,
            $$"""{"access_token":"msi-token","expires_on":"{{expiresOn}}","resource":"https://api.botframework.com","token_type":"Bearer","client_id":"msi-client-id"}"""));
        using var provider = new ManagedIdentityTokenProvider(handler.CreateClient(), IdentityEndpoint, "header-secret", "msi-client-id", "https://api.botframework.com", clock);

        var token = await provider.GetTokenAsync(false, CancellationToken.None);

        Assert.Equal("msi-token", token);
        var request = Assert.Single(handler.Requests);
        Assert.Equal(HttpMethod.Get, request.Method);
        Assert.Equal(
            "http://127.0.0.1:41741/msi/token?resource=https%3A%2F%2Fapi.botframework.com&api-version=2019-08-01&client_id=msi-client-id",
            request.Uri.AbsoluteUri);
        Assert.Equal("header-secret", request.Headers["X-IDENTITY-HEADER"]);
        Assert.Null(request.Authorization);
    }

    [Fact]
    public async Task Token_is_kept_until_five_minutes_before_expires_on()
    {
        var expiresOn = clock.GetUtcNow().AddHours(1).ToUnixTimeSeconds();
        using var handler = new StubHttpMessageHandler(_ => StubHttpMessageHandler.Json(HttpStatusCode.OK, $$"""{"access_token":"t","expires_on":{{expiresOn}}}"""));
        using var provider = new ManagedIdentityTokenProvider(handler.CreateClient(), IdentityEndpoint, "h", "id", "https://api.botframework.com", clock);

        await provider.GetTokenAsync(false, CancellationToken.None);
        clock.Advance(TimeSpan.FromMinutes(54));
        await provider.GetTokenAsync(false, CancellationToken.None);
        Assert.Single(handler.Requests);

        clock.Advance(TimeSpan.FromMinutes(2));
        await provider.GetTokenAsync(false, CancellationToken.None);
        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public async Task Identity_endpoint_errors_are_reported_with_their_message()
    {
        using var handler = new StubHttpMessageHandler(_ => StubHttpMessageHandler.Json(
            HttpStatusCode.BadRequest, """{"statusCode":400,"message":"No User Assigned or Delegated Managed Identity found for specified ClientId/ResourceId/PrincipalId."}"""));
        using var provider = new ManagedIdentityTokenProvider(handler.CreateClient(), IdentityEndpoint, "h", "wrong-id", "https://api.botframework.com", clock);

        var exception = await Assert.ThrowsAsync<ConnectorTokenException>(async () => await provider.GetTokenAsync(false, CancellationToken.None));

        Assert.Equal(
            "managed identity endpoint http://127.0.0.1:41741/msi/token answered 400: No User Assigned or Delegated Managed Identity found for specified ClientId/ResourceId/PrincipalId.",
            exception.Message);
    }
}
