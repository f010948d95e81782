using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using ElectroTutor.BotFramework.Connector;
using ElectroTutor.BotFramework.DirectLine;
using ElectroTutor.BotFramework.Hosting;
using ElectroTutor.BotFramework.Schema;
using ElectroTutor.BotFramework.Tests.DirectLine;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ElectroTutor.BotFramework.Tests.Hosting;

/// <summary>An in-memory app with <c>/api/messages</c> (echo) and the local Direct Line (echo bot) behind the rate limits.</summary>
internal sealed class RateLimitedHost : IAsyncDisposable
{
    private readonly WebApplication app;

    private RateLimitedHost(WebApplication app)
    {
        this.app = app;
        Client = app.GetTestClient();
    }

    public HttpClient Client { get; }

    /// <summary>Starts the app with <paramref name="settings"/> as the rate-limit section (keys like <c>PerConversation:PermitLimit</c>).</summary>
    public static async Task<RateLimitedHost> StartAsync(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        builder.Services.AddBotFramework();
        builder.Services.AddSingleton<IBotTurnHandler>(DelegateTurnHandler.Echo());
        builder.Services.AddSingleton<IConnectorClient>(new RecordingConnectorClient());
        var bot = new EchoTestBot();
        builder.Services.AddSingleton<IDirectLineBot>(bot);
        builder.Services.AddLocalDirectLine();
        var section = new ConfigurationBuilder().AddInMemoryCollection(settings ?? new Dictionary<string, string?>(StringComparer.Ordinal)).Build();
        builder.Services.AddBotRateLimits(section);

        var webApp = builder.Build();
        webApp.UseRateLimiter();
        webApp.MapBotMessages();
        webApp.MapLocalDirectLine();
        await webApp.StartAsync();
        bot.Connector = webApp.GetTestClient();
        return new RateLimitedHost(webApp);
    }

    /// <summary>Posts a message to <c>/api/messages</c> in <paramref name="conversationId"/>, replies expected in the response.</summary>
    public Task<HttpResponseMessage> PostMessageAsync(string conversationId, int number)
    {
        var activity = Inbound.Activity(conversationId: conversationId, id: $"{conversationId}|{number}", deliveryMode: DeliveryModes.ExpectReplies);
        return Client.PostAsync(new Uri("/api/messages", UriKind.Relative), new StringContent(Inbound.Json(activity), Encoding.UTF8, "application/json"));
    }

    /// <summary>Mints a Direct Line token for <paramref name="userId"/>.</summary>
    public Task<HttpResponseMessage> GenerateTokenAsync(string userId) =>
        Client.PostAsJsonAsync("/v3/directline/tokens/generate", new { user = new { id = userId } });

    /// <summary>Starts a Direct Line conversation with <paramref name="token"/>.</summary>
    public Task<HttpResponseMessage> StartConversationAsync(string token) =>
        SendAsync(HttpMethod.Post, "/v3/directline/conversations", token, new { });

    /// <summary>Posts a Direct Line message from <paramref name="userId"/>.</summary>
    public Task<HttpResponseMessage> PostDirectLineMessageAsync(string conversationId, string token, string userId, string text) =>
        SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", token, new { type = "message", text, from = new { id = userId } });

    public static async Task<string> ReadAsync(HttpResponseMessage response, string property) =>
        (string)JsonNode.Parse(await response.Content.ReadAsStringAsync())![property]!;

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string token, object body)
    {
        using var request = new HttpRequestMessage(method, path) { Content = JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await Client.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.DisposeAsync();
    }
}
