using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using ElectroTutor.BotFramework.Authentication;
using ElectroTutor.BotFramework.Tests.Connector;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ElectroTutor.BotFramework.Tests.Authentication;

public sealed class BotConnectorAuthenticatorTests : IDisposable
{
    private const string ServiceUrl = BotConnectorKeyServer.ServiceUrl;
    private readonly BotConnectorKeyServer server = new();
    private readonly FakeTimeProvider clock = new();
    private readonly HttpClient httpClient;

    public BotConnectorAuthenticatorTests()
    {
        httpClient = server.Handler.CreateClient();
    }

    public void Dispose()
    {
        httpClient.Dispose();
        server.Dispose();
    }

    [Fact]
    public async Task Valid_token_succeeds_with_its_claims()
    {
        using var authenticator = CreateAuthenticator();

        var result = await authenticator.AuthenticateAsync(Bearer(Mint()), "msteams", ServiceUrl);

        Assert.True(result.Succeeded, result.Failure);
        Assert.Null(result.Failure);
        Assert.Equal(BotConnectorAuthenticator.AuthenticationType, result.Identity!.AuthenticationType);
        Assert.Equal(BotConnectorKeyServer.AppId, result.Identity.FindFirst("aud")!.Value);
        Assert.Equal(ServiceUrl, result.Identity.FindFirst("serviceurl")!.Value);
    }

    [Theory]
    [InlineData("RS384")]
    [InlineData("RS512")]
    public async Task Longer_RSA_hashes_are_accepted(string algorithm)
    {
        using var authenticator = CreateAuthenticator();

        var result = await authenticator.AuthenticateAsync(Bearer(Mint(algorithm: algorithm)), "webchat", ServiceUrl);

        Assert.True(result.Succeeded, result.Failure);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public async Task Missing_header_fails(string? header)
    {
        using var authenticator = CreateAuthenticator();

        var result = await authenticator.AuthenticateAsync(header, "msteams", ServiceUrl);

        AssertFailure(result, "Authorization header missing");
    }

    [Theory]
    [InlineData("Basic {0}")]
    [InlineData("bearer {0}")]
    [InlineData("Bearer")]
    [InlineData("Bearer  {0}")]
    [InlineData("Bearer {0} extra")]
    [InlineData("{0}")]
    public async Task Header_that_is_not_exactly_Bearer_and_token_fails(string format)
    {
        using var authenticator = CreateAuthenticator();
        var header = string.Format(System.Globalization.CultureInfo.InvariantCulture, format, Mint());

        var result = await authenticator.AuthenticateAsync(header, "msteams", ServiceUrl);

        AssertFailure(result, "is not 'Bearer <token>'");
    }

    [Theory]
    [InlineData("not-a-jwt", "compact form")]
    [InlineData("a.b", "compact form")]
    [InlineData("%%%.e30.c2ln", "malformed")]
    [InlineData("bm90IGpzb24.e30.c2ln", "malformed")]
    [InlineData("WzFd.e30.c2ln", "malformed")]
    public async Task Malformed_token_fails(string token, string reason)
    {
        using var authenticator = CreateAuthenticator();

        var result = await authenticator.AuthenticateAsync(Bearer(token), "msteams", ServiceUrl);

        AssertFailure(result, reason);
    }

    [Fact]
    public async Task Token_signed_by_another_key_with_a_published_kid_fails()
    {
        using var authenticator = CreateAuthenticator();
        using var attackerKey = RSA.Create(2048);

        var result = await authenticator.AuthenticateAsync(Bearer(BotConnectorKeyServer.MintToken(clock.GetUtcNow(), attackerKey)), "msteams", ServiceUrl);

        AssertFailure(result, "signature does not verify with key 'key-1'");
    }

    [Fact]
    public async Task Tampered_payload_fails_the_signature_check()
    {
        using var authenticator = CreateAuthenticator();
        var parts = Mint().Split('.');
        var forgedPayload = Base64Url.EncodeToString(Encoding.UTF8.GetBytes(
            $$"""{"iss":"https://api.botframework.com","aud":"{{BotConnectorKeyServer.AppId}}","exp":4102444800,"serviceurl":"https://evil.example/"}"""));

        var result = await authenticator.AuthenticateAsync(Bearer($"{parts[0]}.{forgedPayload}.{parts[2]}"), "msteams", "https://evil.example/");

        AssertFailure(result, "signature does not verify");
    }

    [Fact]
    public async Task Unknown_kid_fails_and_a_rotated_key_is_picked_up_once_the_refresh_interval_allows()
    {
        using var authenticator = CreateAuthenticator(unknownKeyRefreshInterval: TimeSpan.FromHours(1));
        Assert.True((await authenticator.AuthenticateAsync(Bearer(Mint()), "msteams", ServiceUrl)).Succeeded);

        // The service starts signing with a key the bot has not fetched yet; an early refresh does not find it either.
        using var rotated = RSA.Create(2048);
        var first = await authenticator.AuthenticateAsync(Bearer(BotConnectorKeyServer.MintToken(clock.GetUtcNow(), rotated, keyId: "key-2")), "msteams", ServiceUrl);
        AssertFailure(first, "no signing key has kid 'key-2', even after refreshing");
        Assert.Equal(2, server.KeySetFetches);

        // Now it is published, but the last early refresh was moments ago: no new fetch.
        var newKey = server.Publish("key-2", ["msteams"]);
        var second = await authenticator.AuthenticateAsync(Bearer(BotConnectorKeyServer.MintToken(clock.GetUtcNow(), newKey, keyId: "key-2")), "msteams", ServiceUrl);
        AssertFailure(second, "not refreshing again yet");
        Assert.Equal(2, server.KeySetFetches);

        clock.Advance(TimeSpan.FromMinutes(61));
        var third = await authenticator.AuthenticateAsync(Bearer(BotConnectorKeyServer.MintToken(clock.GetUtcNow(), newKey, keyId: "key-2")), "msteams", ServiceUrl);
        Assert.True(third.Succeeded, third.Failure);
        Assert.Equal(3, server.KeySetFetches);
    }

    [Fact]
    public async Task Unknown_kid_refreshes_at_once_when_the_interval_is_zero()
    {
        using var authenticator = CreateAuthenticator(unknownKeyRefreshInterval: TimeSpan.Zero);
        Assert.True((await authenticator.AuthenticateAsync(Bearer(Mint()), "msteams", ServiceUrl)).Succeeded);

        var newKey = server.Publish("key-2", endorsements: null);
        var result = await authenticator.AuthenticateAsync(Bearer(BotConnectorKeyServer.MintToken(clock.GetUtcNow(), newKey, keyId: "key-2")), "msteams", ServiceUrl);

        Assert.True(result.Succeeded, result.Failure);
    }

    [Fact]
    public async Task Keys_are_fetched_once_and_again_after_the_refresh_interval()
    {
        using var authenticator = CreateAuthenticator();

        await authenticator.AuthenticateAsync(Bearer(Mint()), "msteams", ServiceUrl);
        await authenticator.AuthenticateAsync(Bearer(Mint()), "msteams", ServiceUrl);
        Assert.Equal(1, server.KeySetFetches);

        clock.Advance(TimeSpan.FromHours(24));
        var result = await authenticator.AuthenticateAsync(Bearer(Mint()), "msteams", ServiceUrl);

        Assert.True(result.Succeeded, result.Failure);
        Assert.Equal(2, server.KeySetFetches);
    }

    [Fact]
    public async Task Unreachable_key_endpoint_fails_with_the_reason_and_is_not_asked_again_for_a_minute()
    {
        using var authenticator = CreateAuthenticator();
        server.Down = true;

        AssertFailure(await authenticator.AuthenticateAsync(Bearer(Mint()), "msteams", ServiceUrl), "signing keys unavailable: GET https://login.example.test/");
        server.Down = false;
        AssertFailure(await authenticator.AuthenticateAsync(Bearer(Mint()), "msteams", ServiceUrl), "signing keys unavailable");
        Assert.Single(server.Handler.Requests);

        clock.Advance(TimeSpan.FromMinutes(1));
        var result = await authenticator.AuthenticateAsync(Bearer(Mint()), "msteams", ServiceUrl);

        Assert.True(result.Succeeded, result.Failure);
    }

    [Fact]
    public async Task Keys_already_fetched_stay_in_use_while_the_key_endpoint_is_down()
    {
        using var authenticator = CreateAuthenticator();
        Assert.True((await authenticator.AuthenticateAsync(Bearer(Mint()), "msteams", ServiceUrl)).Succeeded);

        server.Down = true;
        clock.Advance(TimeSpan.FromHours(25));
        var stale = await authenticator.AuthenticateAsync(Bearer(Mint()), "msteams", ServiceUrl);
        var again = await authenticator.AuthenticateAsync(Bearer(Mint()), "msteams", ServiceUrl);

        Assert.True(stale.Succeeded, stale.Failure);
        Assert.True(again.Succeeded, again.Failure);
        Assert.Equal(3, server.Handler.Requests.Count);
    }

    [Theory]
    [InlineData(4, true)]
    [InlineData(6, false)]
    public async Task Expiry_is_allowed_five_minutes_of_clock_skew(int minutesPastExpiry, bool accepted)
    {
        using var authenticator = CreateAuthenticator();
        var token = Mint(lifetime: TimeSpan.FromHours(1));
        clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromMinutes(minutesPastExpiry));

        var result = await authenticator.AuthenticateAsync(Bearer(token), "msteams", ServiceUrl);

        Assert.Equal(accepted, result.Succeeded);
        if (!accepted)
        {
            AssertFailure(result, "token expired at");
        }
    }

    [Theory]
    [InlineData(4, true)]
    [InlineData(10, false)]
    public async Task Not_before_in_the_future_is_allowed_five_minutes_of_clock_skew(int minutesAhead, bool accepted)
    {
        using var authenticator = CreateAuthenticator();

        var result = await authenticator.AuthenticateAsync(Bearer(Mint(notBeforeOffset: TimeSpan.FromMinutes(minutesAhead))), "msteams", ServiceUrl);

        Assert.Equal(accepted, result.Succeeded);
        if (!accepted)
        {
            AssertFailure(result, "token not valid before");
        }
    }

    [Fact]
    public async Task Wrong_audience_fails()
    {
        using var authenticator = CreateAuthenticator();

        var result = await authenticator.AuthenticateAsync(Bearer(Mint(audience: "00000000-0000-0000-0000-000000000001")), "msteams", ServiceUrl);

        AssertFailure(result, "audience is not the bot's app id");
    }

    [Fact]
    public async Task Wrong_issuer_fails()
    {
        using var authenticator = CreateAuthenticator();

        var result = await authenticator.AuthenticateAsync(
            Bearer(Mint(issuer: "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/")), "msteams", ServiceUrl);

        AssertFailure(result, "issuer 'https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/' is not 'https://api.botframework.com'");
    }

    [Theory]
    [InlineData("emulator")]
    [InlineData(null)]
    public async Task Channel_not_among_the_key_endorsements_fails(string? channelId)
    {
        using var authenticator = CreateAuthenticator();

        var result = await authenticator.AuthenticateAsync(Bearer(Mint()), channelId, ServiceUrl);

        AssertFailure(result, "is not endorsed by signing key 'key-1'");
    }

    [Fact]
    public async Task Key_without_endorsements_signs_for_any_channel()
    {
        using var authenticator = CreateAuthenticator();
        var key = server.Publish("plain-key", endorsements: null);

        var result = await authenticator.AuthenticateAsync(
            Bearer(BotConnectorKeyServer.MintToken(clock.GetUtcNow(), key, keyId: "plain-key")), "emulator", ServiceUrl);

        Assert.True(result.Succeeded, result.Failure);
    }

    [Fact]
    public async Task Missing_serviceurl_claim_fails()
    {
        using var authenticator = CreateAuthenticator();

        var result = await authenticator.AuthenticateAsync(Bearer(Mint(serviceUrl: null)), "msteams", ServiceUrl);

        AssertFailure(result, "token has no 'serviceurl' claim");
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/emea/")]
    [InlineData("https://smba.trafficmanager.net/amer")]
    [InlineData(null)]
    public async Task Serviceurl_claim_differing_from_the_activity_fails(string? activityServiceUrl)
    {
        using var authenticator = CreateAuthenticator();

        var result = await authenticator.AuthenticateAsync(Bearer(Mint()), "msteams", activityServiceUrl);

        AssertFailure(result, "differs from the activity's serviceUrl");
    }

    [Fact]
    public async Task Serviceurl_comparison_ignores_case()
    {
        using var authenticator = CreateAuthenticator();

        var result = await authenticator.AuthenticateAsync(Bearer(Mint()), "msteams", ServiceUrl.ToUpperInvariant());

        Assert.True(result.Succeeded, result.Failure);
    }

    [Fact]
    public async Task Unsigned_token_with_alg_none_fails()
    {
        using var authenticator = CreateAuthenticator();
        var header = Base64Url.EncodeToString("""{"alg":"none","kid":"key-1","typ":"JWT"}"""u8);
        var payload = Mint().Split('.')[1];

        var result = await authenticator.AuthenticateAsync(Bearer($"{header}.{payload}."), "msteams", ServiceUrl);

        AssertFailure(result, "token algorithm 'none' is not one of RS256, RS384, RS512");
    }

    [Fact]
    public async Task Symmetric_HS256_token_fails()
    {
        using var authenticator = CreateAuthenticator();
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = "https://api.botframework.com",
            Audience = BotConnectorKeyServer.AppId,
            IssuedAt = clock.GetUtcNow().UtcDateTime,
            NotBefore = clock.GetUtcNow().UtcDateTime,
            Expires = clock.GetUtcNow().AddHours(1).UtcDateTime,
            Claims = new Dictionary<string, object>(StringComparer.Ordinal) { ["serviceurl"] = ServiceUrl },
            SigningCredentials = new SigningCredentials(
                new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32)) { KeyId = "key-1" }, SecurityAlgorithms.HmacSha256),
        };

        var result = await authenticator.AuthenticateAsync(Bearer(new JsonWebTokenHandler().CreateToken(descriptor)), "msteams", ServiceUrl);

        AssertFailure(result, "token algorithm 'HS256' is not one of");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void An_app_id_is_required(string? appId)
    {
        var options = BotConnectorKeyServer.Options();
        options.MicrosoftAppId = appId;

        var exception = Assert.Throws<ArgumentException>(() => new BotConnectorAuthenticator(options, httpClient, clock));

        Assert.Contains("needs MicrosoftAppId", exception.Message, StringComparison.Ordinal);
        Assert.True(options.IsAuthenticationDisabled);
    }

    private static string Bearer(string token) => "Bearer " + token;

    private static void AssertFailure(BotAuthenticationResult result, string expectedReason)
    {
        Assert.False(result.Succeeded);
        Assert.Null(result.Identity);
        Assert.Contains(expectedReason, result.Failure, StringComparison.Ordinal);
    }

    private BotConnectorAuthenticator CreateAuthenticator(TimeSpan? unknownKeyRefreshInterval = null) =>
        new(BotConnectorKeyServer.Options(unknownKeyRefreshInterval), httpClient, clock);

    private string Mint(
        string algorithm = SecurityAlgorithms.RsaSha256,
        string issuer = "https://api.botframework.com",
        string audience = BotConnectorKeyServer.AppId,
        string? serviceUrl = ServiceUrl,
        TimeSpan? lifetime = null,
        TimeSpan? notBeforeOffset = null) =>
        BotConnectorKeyServer.MintToken(clock.GetUtcNow(), server.PrimaryKey, "key-1", algorithm, issuer, audience, serviceUrl, lifetime, notBeforeOffset);
}
