using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace ElectroTutor.Server.Tests.Authentication;

/// <summary>
/// <c>POST /api/messages</c> on the real server configured with an app id: only requests carrying a Bot Connector token that
/// the configured OpenID metadata's keys verify, for this bot, this service URL and an endorsed channel, reach the tutor.
/// </summary>
public sealed class BotConnectorAuthenticationTests(SecuredTutorServer secured) : IClassFixture<SecuredTutorServer>
{
    private const string ServiceUrl = "https://smba.trafficmanager.net/emea/";

    private static readonly TimeSpan OneHour = TimeSpan.FromHours(1);

    private static JsonObject Message(string text, string channelId = "directline") => new()
    {
        ["type"] = "message",
        ["id"] = $"act-{Guid.NewGuid():N}",
        ["channelId"] = channelId,
        ["serviceUrl"] = ServiceUrl,
        ["deliveryMode"] = "expectReplies",
        ["from"] = new JsonObject { ["id"] = $"user-{Guid.NewGuid():N}", ["name"] = "Student" },
        ["recipient"] = new JsonObject { ["id"] = "electrotutor", ["name"] = "ElectroTutor" },
        ["conversation"] = new JsonObject { ["id"] = $"conv-{Guid.NewGuid():N}" },
        ["text"] = text,
    };

    private string ValidToken(string audience = SecuredTutorServer.AppId, string serviceUrl = ServiceUrl, DateTimeOffset? issuedAt = null) =>
        ConnectorToken.Mint(secured.Keys.SigningKey, LoopbackKeyServer.KeyId, audience, serviceUrl, issuedAt ?? DateTimeOffset.UtcNow, OneHour);

    private async Task<HttpResponseMessage> PostAsync(JsonObject activity, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/messages")
        {
            Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await secured.Server.Client.SendAsync(request);
    }

    [Fact]
    public async Task A_valid_connector_token_reaches_the_tutor_and_its_replies_come_back()
    {
        using var response = await PostAsync(Message("hello"), ValidToken());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        var activities = body!["activities"]!.AsArray();
        Assert.NotEmpty(activities);
        Assert.All(activities, reply => Assert.Equal("message", reply!["type"]!.GetValue<string>()));
        Assert.Contains(activities, reply => reply!["text"]?.GetValue<string>() is { Length: > 0 });
    }

    [Fact]
    public async Task A_request_without_a_token_is_401()
    {
        using var response = await PostAsync(Message("hello"), token: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_token_signed_by_another_key_under_the_published_kid_is_401()
    {
        using var forger = RSA.Create(2048);
        var forged = ConnectorToken.Mint(forger, LoopbackKeyServer.KeyId, SecuredTutorServer.AppId, ServiceUrl, DateTimeOffset.UtcNow, OneHour);

        using var response = await PostAsync(Message("hello"), forged);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task An_expired_token_is_401()
    {
        // Issued two hours ago for one hour: expired an hour ago, well beyond the five minutes of clock skew.
        using var response = await PostAsync(Message("hello"), ValidToken(issuedAt: DateTimeOffset.UtcNow - (2 * OneHour)));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_token_for_another_bot_is_401()
    {
        using var response = await PostAsync(Message("hello"), ValidToken(audience: "0b1e2d3c-0000-4000-8000-0000000a7b02"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_token_for_another_service_url_is_401()
    {
        using var response = await PostAsync(Message("hello"), ValidToken(serviceUrl: "https://attacker.example/"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_channel_the_signing_key_does_not_endorse_is_401()
    {
        Assert.DoesNotContain("slack", SecuredTutorServer.EndorsedChannels);

        using var response = await PostAsync(Message("hello", channelId: "slack"), ValidToken());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
