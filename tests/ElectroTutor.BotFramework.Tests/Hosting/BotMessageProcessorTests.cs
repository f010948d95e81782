using System.Net;
using System.Text;
using System.Text.Json;
using ElectroTutor.BotFramework.Authentication;
using ElectroTutor.BotFramework.Schema;
using Microsoft.Extensions.Logging;

namespace ElectroTutor.BotFramework.Tests.Hosting;

/// <summary>The HTTP contract of the messaging endpoint: what is refused before a turn runs, and how.</summary>
public class BotMessageProcessorTests
{
    [Fact]
    public async Task A_get_request_is_refused_with_405_naming_post()
    {
        var handler = DelegateTurnHandler.Echo();
        await using var host = await BotHost.StartAsync(handler);

        using var response = await host.Client.GetAsync(new Uri("/api/messages", UriKind.Relative));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("POST", response.Content.Headers.Allow);
        Assert.Equal(0, handler.Calls);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/json; charset=utf-16")]
    public async Task A_body_that_is_not_utf8_json_is_refused_with_415(string contentType)
    {
        var handler = DelegateTurnHandler.Echo();
        await using var host = await BotHost.StartAsync(handler);

        using var response = await host.PostAsync(Inbound.Json(Inbound.Activity()), contentType);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal(0, handler.Calls);
    }

    [Fact]
    public async Task A_body_without_content_type_is_refused_with_415()
    {
        await using var host = await BotHost.StartAsync(DelegateTurnHandler.Echo());
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(Inbound.Json(Inbound.Activity())));

        using var response = await host.Client.PostAsync(new Uri("/api/messages", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task A_json_content_type_without_charset_is_accepted()
    {
        await using var host = await BotHost.StartAsync(DelegateTurnHandler.Echo());

        using var response = await host.PostAsync(Inbound.Json(Inbound.Activity()), "application/json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_body_above_the_limit_is_refused_with_413()
    {
        var handler = DelegateTurnHandler.Echo();
        await using var host = await BotHost.StartAsync(handler, options => options.MaxRequestBytes = 1024);

        using var response = await host.PostAsync(Inbound.Json(Inbound.Activity(text: new string('x', 2000))));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(0, handler.Calls);
    }

    [Fact]
    public async Task A_streamed_body_without_length_is_cut_off_at_the_limit_with_413()
    {
        var handler = DelegateTurnHandler.Echo();
        await using var host = await BotHost.StartAsync(handler, options => options.MaxRequestBytes = 1024);
        using var content = new UnknownLengthContent(Encoding.UTF8.GetBytes(Inbound.Json(Inbound.Activity(text: new string('x', 2000)))));
        content.Headers.ContentType = new("application/json");

        using var response = await host.Client.PostAsync(new Uri("/api/messages", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(0, handler.Calls);
    }

    [Fact]
    public async Task A_body_at_the_limit_is_accepted()
    {
        var json = Inbound.Json(Inbound.Activity());
        await using var host = await BotHost.StartAsync(DelegateTurnHandler.Echo(), options => options.MaxRequestBytes = Encoding.UTF8.GetByteCount(json));

        using var response = await host.PostAsync(json);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("""{"type":"message","text":""", "not well-formed JSON")]
    [InlineData("""{"text":"hi"}""", "no 'type'")]
    [InlineData("""{"type":"message","from":"student"}""", "'$.from'")]
    [InlineData("[]", "JSON object")]
    [InlineData("", "empty")]
    public async Task Bad_activity_json_is_refused_with_400_and_a_short_json_error(string body, string messagePart)
    {
        var handler = DelegateTurnHandler.Echo();
        await using var host = await BotHost.StartAsync(handler);

        using var response = await host.PostAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var error = JsonSerializer.Deserialize(await response.Content.ReadAsStringAsync(), BotJsonContext.Default.ErrorResponse);
        Assert.Equal("BadActivity", error?.Error.Code);
        Assert.Contains(messagePart, error?.Error.Message, StringComparison.Ordinal);
        Assert.Equal(0, handler.Calls);
    }

    [Fact]
    public async Task Invalid_utf8_is_refused_with_400()
    {
        await using var host = await BotHost.StartAsync(DelegateTurnHandler.Echo());
        using var content = new ByteArrayContent([.. "{\"type\":\"message\",\"text\":\""u8, 0xFF, .. "\"}"u8]);
        content.Headers.ContentType = new("application/json");

        using var response = await host.Client.PostAsync(new Uri("/api/messages", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("UTF-8", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rejected_request_gets_401_and_the_failed_check_is_logged_but_not_returned()
    {
        const string failure = "aud 'wrong-app' does not match MicrosoftAppId";
        var handler = DelegateTurnHandler.Echo();
        await using var host = await BotHost.StartAsync(handler, authenticator: new RejectingAuthenticator(failure));

        using var response = await host.PostAsync(Inbound.Json(Inbound.Activity()));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain("wrong-app", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(host.Logged(LogLevel.Warning, failure));
        Assert.Equal(0, handler.Calls);
        Assert.Empty(host.Connector.Sent);
    }

    [Fact]
    public async Task An_authenticator_that_fails_gives_a_generic_500_and_is_logged()
    {
        var handler = DelegateTurnHandler.Echo();
        await using var host = await BotHost.StartAsync(handler, authenticator: new ThrowingAuthenticator());

        using var response = await host.PostAsync(Inbound.Json(Inbound.Activity()));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.DoesNotContain("keys", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains(host.Logs.Entries, entry => entry.Level == LogLevel.Error && entry.Exception is HttpRequestException);
        Assert.Equal(0, handler.Calls);
    }

    [Fact]
    public async Task Local_mode_refuses_an_authorization_header_it_cannot_validate()
    {
        await using var host = await BotHost.StartAsync(DelegateTurnHandler.Echo());
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/messages", UriKind.Relative))
        {
            Content = new StringContent(Inbound.Json(Inbound.Activity()), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new("Bearer", "eyJhbGciOiJSUzI1NiJ9.e30.c2ln");

        using var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.True(host.Logged(LogLevel.Warning, "cannot validate"));
    }

    [Fact]
    public async Task With_an_app_id_and_no_token_authenticator_every_request_is_refused()
    {
        var handler = DelegateTurnHandler.Echo();
        await using var host = await BotHost.StartAsync(handler, options => options.MicrosoftAppId = "0b5e4c3a-9d8f-4a1b-8c7d-6e5f4a3b2c1d");

        using var response = await host.PostAsync(Inbound.Json(Inbound.Activity()));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, handler.Calls);
    }

    [Theory]
    [InlineData("https://example.com/")]
    [InlineData("http://169.254.169.254/metadata/")]
    [InlineData("http://127.0.0.1@example.com/")]
    public async Task Local_mode_refuses_to_reply_to_a_foreign_service_url(string serviceUrl)
    {
        var handler = DelegateTurnHandler.Echo();
        await using var host = await BotHost.StartAsync(handler);

        using var response = await host.PostAsync(Inbound.Json(Inbound.Activity(serviceUrl: serviceUrl)));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(0, handler.Calls);
        Assert.Empty(host.Connector.Sent);
        Assert.True(host.Logged(LogLevel.Warning, "neither loopback nor configured"));
    }

    [Fact]
    public async Task Local_mode_replies_to_a_configured_service_url()
    {
        await using var host = await BotHost.StartAsync(
            DelegateTurnHandler.Echo(), options => options.AllowedServiceUrls.Add(new Uri("https://tutor.example.org/dl/")));

        using var response = await host.PostAsync(Inbound.Json(Inbound.Activity(serviceUrl: "https://tutor.example.org/dl/")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(new Uri("https://tutor.example.org/dl/"), Assert.Single(host.Connector.Sent).ServiceUrl);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not a url")]
    [InlineData("ftp://127.0.0.1/")]
    public async Task Normal_delivery_without_a_usable_service_url_is_refused_with_400(string? serviceUrl)
    {
        var handler = DelegateTurnHandler.Echo();
        await using var host = await BotHost.StartAsync(handler);

        using var response = await host.PostAsync(Inbound.Json(Inbound.Activity(serviceUrl: serviceUrl)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("serviceUrl", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, handler.Calls);
    }

    [Theory]
    [InlineData("somethingNew")]
    [InlineData("invokeResponse")]
    [InlineData("delay")]
    public async Task An_unknown_activity_type_is_acknowledged_with_200_and_nothing_done(string type)
    {
        var handler = DelegateTurnHandler.Echo();
        await using var host = await BotHost.StartAsync(handler);

        using var response = await host.PostAsync(Inbound.Json(Inbound.Activity(type: type, serviceUrl: "https://example.com/")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(0, handler.Calls);
        Assert.Empty(host.Connector.Sent);
    }

    private sealed class RejectingAuthenticator(string failure) : IBotRequestAuthenticator
    {
        public Task<BotAuthenticationResult> AuthenticateAsync(string? authorizationHeader, string? channelId, string? serviceUrl, CancellationToken cancellationToken = default) =>
            Task.FromResult(BotAuthenticationResult.Fail(failure));
    }

    private sealed class ThrowingAuthenticator : IBotRequestAuthenticator
    {
        public Task<BotAuthenticationResult> AuthenticateAsync(string? authorizationHeader, string? channelId, string? serviceUrl, CancellationToken cancellationToken = default) =>
            throw new HttpRequestException("signing keys unreachable");
    }

    private sealed class UnknownLengthContent(byte[] bytes) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context) => stream.WriteAsync(bytes).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
