using System.Net;
using System.Net.Http.Headers;
using System.Text;
using ElectroTutor.BotFramework.Connector;

namespace ElectroTutor.BotFramework.Tests.Connector;

public sealed class ConnectorClientTests
{
    private static readonly Uri TeamsServiceUrl = new("https://smba.trafficmanager.net/amer/");
    private static readonly byte[] Activity = Encoding.UTF8.GetBytes("""{"type":"message","text":"Na⁺ flows in"}""");
    private readonly FakeTimeProvider clock = new();
    private readonly RecordingLogger<ConnectorClient> logger = new();
    private readonly CountingTokenProvider tokens = new();

    [Fact]
    public async Task Reply_posts_the_json_with_a_bearer_token_to_the_escaped_url_under_the_service_path()
    {
        using var handler = StubHttpMessageHandler.Sequence(() => StubHttpMessageHandler.Json(HttpStatusCode.OK, """{"id":"1712345678901"}"""));
        var client = CreateClient(handler);

        var response = await client.SendActivityAsync(TeamsServiceUrl, "19:abc@thread.v2;messageid=1", "1712345000000", Activity);

        Assert.Equal(new ConnectorResponse(Succeeded: true, 200, "1712345678901", Error: null), response);
        var request = Assert.Single(handler.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("https://smba.trafficmanager.net/amer/v3/conversations/19%3Aabc%40thread.v2%3Bmessageid%3D1/activities/1712345000000", request.Uri.AbsoluteUri);
        Assert.Equal("Bearer token-1", request.Authorization);
        Assert.Equal("application/json; charset=utf-8", request.ContentType);
        Assert.Equal(Encoding.UTF8.GetString(Activity), request.Body);
    }

    [Fact]
    public async Task Send_without_reply_id_goes_to_the_conversation_and_accepts_an_empty_body()
    {
        using var handler = StubHttpMessageHandler.Sequence(() => new HttpResponseMessage(HttpStatusCode.OK));
        var client = CreateClient(handler);

        var response = await client.SendActivityAsync(TeamsServiceUrl, "a:1xyz", replyToId: null, Activity);

        Assert.Equal(new ConnectorResponse(Succeeded: true, 200, ActivityId: null, Error: null), response);
        Assert.Equal("https://smba.trafficmanager.net/amer/v3/conversations/a%3A1xyz/activities", Assert.Single(handler.Requests).Uri.AbsoluteUri);
    }

    [Fact]
    public async Task Update_puts_to_the_activity()
    {
        using var handler = StubHttpMessageHandler.Sequence(() => StubHttpMessageHandler.Json(HttpStatusCode.OK, """{"id":"card-7"}"""));
        var client = CreateClient(handler);

        var response = await client.UpdateActivityAsync(TeamsServiceUrl, "a:1xyz", "card-7", Activity);

        Assert.Equal("card-7", response.ActivityId);
        var request = Assert.Single(handler.Requests);
        Assert.Equal(HttpMethod.Put, request.Method);
        Assert.Equal("https://smba.trafficmanager.net/amer/v3/conversations/a%3A1xyz/activities/card-7", request.Uri.AbsoluteUri);
    }

    [Fact]
    public async Task Throttled_send_waits_the_Retry_After_seconds_then_succeeds()
    {
        using var handler = StubHttpMessageHandler.Sequence(
            () => Throttled(new RetryConditionHeaderValue(TimeSpan.FromSeconds(3))),
            () => StubHttpMessageHandler.Json(HttpStatusCode.Created, """{"id":"2"}"""));
        var client = CreateClient(handler);

        var response = await client.SendActivityAsync(TeamsServiceUrl, "a:1xyz", null, Activity);

        Assert.Equal(new ConnectorResponse(Succeeded: true, 201, "2", Error: null), response);
        Assert.Equal(2, handler.Requests.Count);
        Assert.Equal([TimeSpan.FromSeconds(3)], clock.Delays);
    }

    [Fact]
    public async Task Retry_After_as_an_http_date_is_waited_until()
    {
        var until = clock.GetUtcNow().AddSeconds(5);
        using var handler = StubHttpMessageHandler.Sequence(
            () => Throttled(new RetryConditionHeaderValue(until)),
            () => new HttpResponseMessage(HttpStatusCode.OK));
        var client = CreateClient(handler);

        var response = await client.SendActivityAsync(TeamsServiceUrl, "a:1xyz", null, Activity);

        Assert.True(response.Succeeded);
        Assert.Equal([TimeSpan.FromSeconds(5)], clock.Delays);
    }

    [Fact]
    public async Task Retry_After_beyond_the_cap_gives_up_instead_of_retrying_early()
    {
        using var handler = StubHttpMessageHandler.Sequence(() => Throttled(new RetryConditionHeaderValue(TimeSpan.FromMinutes(2))));
        var client = CreateClient(handler);

        var response = await client.SendActivityAsync(TeamsServiceUrl, "a:1xyz", null, Activity);

        Assert.Equal(429, response.StatusCode);
        Assert.Contains("Retry-After 120 s exceeds the 10 s cap", response.Error, StringComparison.Ordinal);
        Assert.Single(handler.Requests);
        Assert.Empty(clock.Delays);
    }

    [Fact]
    public async Task Unavailable_connector_is_retried_with_doubling_backoff_then_the_error_is_returned()
    {
        using var handler = StubHttpMessageHandler.Sequence(() => ConnectorError(HttpStatusCode.ServiceUnavailable, "ServiceUnavailable", "try later"));
        var client = CreateClient(handler);
        client.NextRandom = () => 0.0;

        var response = await client.SendActivityAsync(TeamsServiceUrl, "a:1xyz", null, Activity);

        Assert.Equal(new ConnectorResponse(Succeeded: false, 503, ActivityId: null, "ServiceUnavailable: try later"), response);
        Assert.Equal(4, handler.Requests.Count);
        Assert.Equal([TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2)], clock.Delays);
    }

    [Theory]
    [InlineData(HttpStatusCode.PreconditionFailed)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    public async Task Transient_statuses_are_retried(HttpStatusCode status)
    {
        using var handler = StubHttpMessageHandler.Sequence(() => new HttpResponseMessage(status), () => new HttpResponseMessage(HttpStatusCode.OK));
        var client = CreateClient(handler);

        var response = await client.SendActivityAsync(TeamsServiceUrl, "a:1xyz", null, Activity);

        Assert.True(response.Succeeded);
        Assert.Equal(2, handler.Requests.Count);
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest, "BadArgument", "Unknown activity type")]
    [InlineData(HttpStatusCode.Forbidden, "BotNotInConversationRoster", "The bot is not part of the conversation roster.")]
    [InlineData(HttpStatusCode.RequestEntityTooLarge, "MessageSizeTooBig", "Message size too large")]
    public async Task Other_client_errors_are_not_retried_and_carry_the_channel_error(HttpStatusCode status, string code, string message)
    {
        using var handler = StubHttpMessageHandler.Sequence(() => ConnectorError(status, code, message));
        var client = CreateClient(handler);

        var response = await client.SendActivityAsync(TeamsServiceUrl, "a:1xyz", null, Activity);

        Assert.Equal(new ConnectorResponse(Succeeded: false, (int)status, ActivityId: null, $"{code}: {message}"), response);
        Assert.Single(handler.Requests);
        Assert.Empty(clock.Delays);
    }

    [Fact]
    public async Task Error_without_the_connector_shape_is_described_from_the_status_line_and_logged_with_the_correlation_id()
    {
        using var handler = StubHttpMessageHandler.Sequence(() =>
        {
            var response = new HttpResponseMessage(HttpStatusCode.NotFound) { Content = new StringContent("no such conversation") };
            response.Headers.Add("X-Correlating-OperationId", "7f3c2a1b");
            return response;
        });
        var client = CreateClient(handler);

        var result = await client.SendActivityAsync(TeamsServiceUrl, "a:1xyz", null, Activity);

        Assert.Equal("404 Not Found: no such conversation", result.Error);
        var logged = Assert.Single(logger.Messages);
        Assert.Contains("7f3c2a1b", logged, StringComparison.Ordinal);
        Assert.Contains("404", logged, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Transport_errors_are_retried_and_reported_with_status_zero()
    {
        using var handler = new StubHttpMessageHandler(_ => throw new HttpRequestException("Connection refused"));
        var client = CreateClient(handler, new ConnectorOptions { MaxAttempts = 2 });

        var response = await client.SendActivityAsync(TeamsServiceUrl, "a:1xyz", null, Activity);

        Assert.False(response.Succeeded);
        Assert.Equal(0, response.StatusCode);
        Assert.Equal("the connector could not be reached: Connection refused", response.Error);
        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public async Task Unauthorized_answer_forces_one_token_refresh_and_a_retry()
    {
        using var handler = StubHttpMessageHandler.Sequence(
            () => new HttpResponseMessage(HttpStatusCode.Unauthorized),
            () => StubHttpMessageHandler.Json(HttpStatusCode.OK, """{"id":"3"}"""));
        var client = CreateClient(handler, new ConnectorOptions { MaxAttempts = 1 });

        var response = await client.SendActivityAsync(TeamsServiceUrl, "a:1xyz", null, Activity);

        Assert.True(response.Succeeded);
        Assert.Equal(["Bearer token-1", "Bearer token-2"], handler.Requests.Select(r => r.Authorization));
        Assert.Equal(1, tokens.ForcedRefreshes);
    }

    [Fact]
    public async Task Second_unauthorized_answer_is_returned_without_another_refresh()
    {
        using var handler = StubHttpMessageHandler.Sequence(() => ConnectorError(HttpStatusCode.Unauthorized, "Unauthorized", "Authorization has been denied"));
        var client = CreateClient(handler);

        var response = await client.SendActivityAsync(TeamsServiceUrl, "a:1xyz", null, Activity);

        Assert.Equal(new ConnectorResponse(Succeeded: false, 401, ActivityId: null, "Unauthorized: Authorization has been denied"), response);
        Assert.Equal(2, handler.Requests.Count);
        Assert.Equal(1, tokens.ForcedRefreshes);
    }

    [Fact]
    public async Task Local_mode_sends_no_authorization_to_loopback()
    {
        using var handler = StubHttpMessageHandler.Sequence(() => new HttpResponseMessage(HttpStatusCode.OK));
        var client = CreateClient(handler, tokenProvider: LocalConnectorTokenProvider.Instance);

        var response = await client.SendActivityAsync(new Uri("http://localhost:5080/"), "local-1", null, Activity);

        Assert.True(response.Succeeded);
        Assert.Null(Assert.Single(handler.Requests).Authorization);
    }

    [Fact]
    public async Task Local_mode_refuses_remote_service_urls_unless_allowed()
    {
        using var handler = StubHttpMessageHandler.Sequence(() => new HttpResponseMessage(HttpStatusCode.OK));
        var refusing = CreateClient(handler, tokenProvider: LocalConnectorTokenProvider.Instance);
        var allowing = CreateClient(handler, new ConnectorOptions { AllowAnonymousRemoteServiceUrls = true }, LocalConnectorTokenProvider.Instance);

        var refused = await refusing.SendActivityAsync(new Uri("https://attacker.example/"), "c", null, Activity);
        Assert.False(refused.Succeeded);
        Assert.Contains("refusing to send without credentials to 'attacker.example'", refused.Error, StringComparison.Ordinal);
        Assert.Empty(handler.Requests);

        Assert.True((await allowing.SendActivityAsync(new Uri("https://offline-directline.example/"), "c", null, Activity)).Succeeded);
    }

    [Fact]
    public async Task Relative_service_url_is_a_clear_failure()
    {
        using var handler = StubHttpMessageHandler.Sequence(() => new HttpResponseMessage(HttpStatusCode.OK));
        var client = CreateClient(handler);

        var response = await client.SendActivityAsync(new Uri("/amer/", UriKind.Relative), "a:1xyz", null, Activity);

        Assert.Equal(new ConnectorResponse(Succeeded: false, 0, ActivityId: null, "serviceUrl '/amer/' is not an absolute http or https URL"), response);
        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task Eighth_send_within_a_second_to_one_conversation_waits_for_its_slot()
    {
        using var handler = StubHttpMessageHandler.Sequence(() => new HttpResponseMessage(HttpStatusCode.OK));
        var client = CreateClient(handler);

        for (var i = 0; i < 8; i++)
        {
            Assert.True((await client.SendActivityAsync(TeamsServiceUrl, "a:1xyz", null, Activity)).Succeeded);
        }

        await client.SendActivityAsync(TeamsServiceUrl, "a:other", null, Activity);

        Assert.Equal([TimeSpan.FromSeconds(1)], clock.Delays);
        Assert.Equal(9, handler.Requests.Count);
    }

    [Fact]
    public void Invalid_options_are_rejected_with_the_reason()
    {
        using var handler = StubHttpMessageHandler.Sequence(() => new HttpResponseMessage(HttpStatusCode.OK));

        var exception = Assert.Throws<ArgumentException>(() => CreateClient(handler, new ConnectorOptions { MaxAttempts = 0 }));

        Assert.Contains("MaxAttempts must be at least 1", exception.Message, StringComparison.Ordinal);
    }

    private static HttpResponseMessage Throttled(RetryConditionHeaderValue retryAfter)
    {
        var response = ConnectorError(HttpStatusCode.TooManyRequests, "TooManyRequests", "slow down");
        response.Headers.RetryAfter = retryAfter;
        return response;
    }

    private static HttpResponseMessage ConnectorError(HttpStatusCode status, string code, string message) =>
        StubHttpMessageHandler.Json(status, $$$"""{"error":{"code":"{{{code}}}","message":"{{{message}}}"}}""");

    private ConnectorClient CreateClient(StubHttpMessageHandler handler, ConnectorOptions? options = null, IConnectorTokenProvider? tokenProvider = null) =>
        new(handler.CreateClient(), tokenProvider ?? tokens, options ?? new ConnectorOptions(), clock, logger);
}
