using System.Net;
using ElectroTutor.BotFramework.Connector;

namespace ElectroTutor.BotFramework.Tests.Connector;

public sealed class ClientCredentialsTokenProviderTests
{
    private static readonly Uri Endpoint = new("https://login.example.test/1b2c3d4e-tenant/oauth2/v2.0/token");
    private readonly FakeTimeProvider clock = new();
    private int issued;

    [Fact]
    public async Task Requests_a_client_credentials_token_for_the_bot_framework_scope()
    {
        using var handler = new StubHttpMessageHandler(_ => Token(3599));
        using var provider = CreateProvider(handler);

        var token = await provider.GetTokenAsync(forceRefresh: false, CancellationToken.None);

        Assert.Equal("access-1", token);
        var request = Assert.Single(handler.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal(Endpoint, request.Uri);
        Assert.Equal("application/x-www-form-urlencoded", request.ContentType);
        Assert.Equal(
            "grant_type=client_credentials&client_id=app-id&client_secret=s%3Dcr%26t&scope=https%3A%2F%2Fapi.botframework.com%2F.default",
            request.Body);
    }

    [Fact]
    public async Task Token_is_cached_until_five_minutes_before_expiry()
    {
        using var handler = new StubHttpMessageHandler(_ => Token(3600));
        using var provider = CreateProvider(handler);

        await provider.GetTokenAsync(false, CancellationToken.None);
        clock.Advance(TimeSpan.FromMinutes(54));
        Assert.Equal("access-1", await provider.GetTokenAsync(false, CancellationToken.None));
        Assert.Single(handler.Requests);

        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal("access-2", await provider.GetTokenAsync(false, CancellationToken.None));
        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public async Task Short_lived_token_is_refreshed_at_half_its_lifetime()
    {
        using var handler = new StubHttpMessageHandler(_ => Token(240));
        using var provider = CreateProvider(handler);

        await provider.GetTokenAsync(false, CancellationToken.None);
        clock.Advance(TimeSpan.FromSeconds(119));
        Assert.Equal("access-1", await provider.GetTokenAsync(false, CancellationToken.None));
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal("access-2", await provider.GetTokenAsync(false, CancellationToken.None));
    }

    [Fact]
    public async Task Forced_refresh_fetches_a_new_token()
    {
        using var handler = new StubHttpMessageHandler(_ => Token(3600));
        using var provider = CreateProvider(handler);

        await provider.GetTokenAsync(false, CancellationToken.None);
        var refreshed = await provider.GetTokenAsync(forceRefresh: true, CancellationToken.None);

        Assert.Equal("access-2", refreshed);
        Assert.Equal("access-2", await provider.GetTokenAsync(false, CancellationToken.None));
        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public async Task Refusal_from_Entra_is_reported_with_its_code_and_first_line()
    {
        using var handler = new StubHttpMessageHandler(_ => StubHttpMessageHandler.Json(
            HttpStatusCode.BadRequest,
            """{"error":"unauthorized_client","error_description":"AADSTS700016: Application with identifier 'app-id' was not found in the directory 'Bot Framework'.\r\nTrace ID: 1"}"""));
        using var provider = CreateProvider(handler);

        var exception = await Assert.ThrowsAsync<ConnectorTokenException>(async () => await provider.GetTokenAsync(false, CancellationToken.None));

        Assert.Equal(
            $"token endpoint {Endpoint} answered 400: unauthorized_client: AADSTS700016: Application with identifier 'app-id' was not found in the directory 'Bot Framework'.",
            exception.Message);
    }

    [Theory]
    [InlineData("""{"token_type":"Bearer","expires_in":3599}""", "without an access_token")]
    [InlineData("""{"access_token":"x"}""", "without expires_in or expires_on")]
    [InlineData("not json", "malformed JSON")]
    public async Task Unusable_answers_are_reported(string body, string reason)
    {
        using var handler = new StubHttpMessageHandler(_ => StubHttpMessageHandler.Json(HttpStatusCode.OK, body));
        using var provider = CreateProvider(handler);

        var exception = await Assert.ThrowsAsync<ConnectorTokenException>(async () => await provider.GetTokenAsync(false, CancellationToken.None));

        Assert.Contains(reason, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unreachable_endpoint_is_reported()
    {
        using var handler = new StubHttpMessageHandler(_ => throw new HttpRequestException("Name or service not known"));
        using var provider = CreateProvider(handler);

        var exception = await Assert.ThrowsAsync<ConnectorTokenException>(async () => await provider.GetTokenAsync(false, CancellationToken.None));

        Assert.Equal($"token endpoint {Endpoint} could not be reached: Name or service not known", exception.Message);
    }

    [Fact]
    public void Logged_token_record_hides_the_secret()
    {
        var token = new ConnectorAccessToken("eyJsecret", clock.GetUtcNow());

        Assert.DoesNotContain("eyJsecret", token.ToString(), StringComparison.Ordinal);
    }

    private ClientCredentialsTokenProvider CreateProvider(StubHttpMessageHandler handler) =>
        new(handler.CreateClient(), Endpoint, "app-id", "s=cr&t", BotCredentialOptions.DefaultOAuthScope, clock);

    private HttpResponseMessage Token(int expiresInSeconds) => StubHttpMessageHandler.Json(
        HttpStatusCode.OK,
        $$"""{"token_type":"Bearer","expires_in":{{expiresInSeconds}},"ext_expires_in":{{expiresInSeconds}},"access_token":"access-{{Interlocked.Increment(ref issued)}}"}""");
}
