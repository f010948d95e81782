using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ElectroTutor.BotFramework.DirectLine;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace ElectroTutor.BotFramework.Tests.DirectLine;

/// <summary>The local Direct Line on a TestServer with an <see cref="EchoTestBot"/>, and the calls Web Chat makes.</summary>
internal sealed class DirectLineTestServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private DirectLineTestServer(WebApplication app, EchoTestBot bot, ManualTimeProvider time)
    {
        _app = app;
        Bot = bot;
        Time = time;
        Client = app.GetTestClient();
        bot.Connector = app.GetTestClient();
    }

    public HttpClient Client { get; }

    public EchoTestBot Bot { get; }

    public ManualTimeProvider Time { get; }

    public TestServer Server => _app.GetTestServer();

    public static async Task<DirectLineTestServer> StartAsync(Action<DirectLineOptions>? configure = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        var bot = new EchoTestBot();
        var time = new ManualTimeProvider(new DateTimeOffset(2026, 11, 21, 9, 0, 0, TimeSpan.Zero));
        builder.Services.AddSingleton<TimeProvider>(time);
        builder.Services.AddSingleton<IDirectLineBot>(bot);
        builder.Services.AddLocalDirectLine(configure);
        var app = builder.Build();
        app.UseWebSockets();
        app.MapLocalDirectLine();
        await app.StartAsync();
        return new DirectLineTestServer(app, bot, time);
    }

    /// <summary>Generates a token for the user and starts its conversation; returns (conversationId, token, response).</summary>
    public async Task<(string ConversationId, string Token, JsonObject Started)> StartConversationAsync(string userId = "dl_learner1")
    {
        using var generated = await Client.PostAsJsonAsync("/v3/directline/tokens/generate", new { user = new { id = userId, name = "Ada" } });
        Assert.Equal(HttpStatusCode.OK, generated.StatusCode);
        var token = (string)(await ReadObjectAsync(generated))["token"]!;

        using var started = await SendAsync(HttpMethod.Post, "/v3/directline/conversations", token, new { user = new { id = userId } });
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        var body = await ReadObjectAsync(started);
        return ((string)body["conversationId"]!, (string)body["token"]!, body);
    }

    public Task<HttpResponseMessage> PostMessageAsync(string conversationId, string token, string text, string clientActivityId = "c-1") =>
        SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", token, new
        {
            type = "message",
            text,
            from = new { id = "dl_learner1", name = "Ada", role = "user" },
            channelData = new { clientActivityID = clientActivityId, attachmentSizes = Array.Empty<int>() },
            attachments = Array.Empty<object>(),
            locale = "en-US",
        });

    public async Task<JsonObject> GetActivitiesAsync(string conversationId, string token, string? watermark = null)
    {
        var path = $"/v3/directline/conversations/{conversationId}/activities";
        if (watermark is not null) path += "?watermark=" + watermark;
        using var response = await SendAsync(HttpMethod.Get, path, token, body: null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await ReadObjectAsync(response);
    }

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? token, object? body)
    {
        using var request = new HttpRequestMessage(method, path);
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (body is not null) request.Content = body as HttpContent ?? JsonContent.Create(body);
        return await Client.SendAsync(request);
    }

    public static async Task<JsonObject> ReadObjectAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        Bot.Connector?.Dispose();
        await _app.DisposeAsync();
    }
}
