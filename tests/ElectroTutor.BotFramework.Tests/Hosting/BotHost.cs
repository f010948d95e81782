using System.Net.Http.Headers;
using System.Text;
using ElectroTutor.BotFramework.Authentication;
using ElectroTutor.BotFramework.Connector;
using ElectroTutor.BotFramework.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ElectroTutor.BotFramework.Tests.Hosting;

/// <summary>An in-memory web app with <c>/api/messages</c>, a recording connector and a recording log.</summary>
internal sealed class BotHost : IAsyncDisposable
{
    private readonly WebApplication app;

    private BotHost(WebApplication app, RecordingConnectorClient connector, RecordingLoggerProvider logs)
    {
        this.app = app;
        Client = app.GetTestClient();
        Connector = connector;
        Logs = logs;
    }

    public HttpClient Client { get; }

    public RecordingConnectorClient Connector { get; }

    public RecordingLoggerProvider Logs { get; }

    public KeyedAsyncLock ConversationLocks => app.Services.GetRequiredService<KeyedAsyncLock>();

    public static async Task<BotHost> StartAsync(
        IBotTurnHandler handler, Action<BotFrameworkOptions>? configure = null, IBotRequestAuthenticator? authenticator = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddBotFramework(configure);
        builder.Services.AddSingleton(handler);
        if (authenticator is not null)
            builder.Services.AddSingleton(authenticator);

        var connector = new RecordingConnectorClient();
        var logs = new RecordingLoggerProvider();
        builder.Services.AddSingleton<IConnectorClient>(connector);
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(LogLevel.Debug);
        builder.Logging.AddProvider(logs);

        var webApp = builder.Build();
        webApp.MapBotMessages();
        await webApp.StartAsync();
        return new BotHost(webApp, connector, logs);
    }

    public Task<HttpResponseMessage> PostAsync(string json, string contentType = "application/json; charset=utf-8")
    {
        var content = new StringContent(json, Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return Client.PostAsync(new Uri("/api/messages", UriKind.Relative), content);
    }

    public bool Logged(LogLevel level, string part) =>
        Logs.Entries.Any(entry => entry.Level == level && entry.Message.Contains(part, StringComparison.Ordinal));

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.DisposeAsync();
    }
}
