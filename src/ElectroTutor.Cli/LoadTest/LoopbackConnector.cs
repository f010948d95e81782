using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ElectroTutor.Cli.LoadTest;

/// <summary>
/// A minimal Bot Framework connector on 127.0.0.1 (Kestrel, a free port): it accepts
/// <c>POST /v3/conversations/{conversationId}/activities[/{replyToId}]</c> as a channel does, answers with a resource id,
/// and files each reply in <see cref="Inbox"/>. Activities sent with <see cref="ServiceUrl"/> as their <c>serviceUrl</c> get
/// their replies here; a server without an app id accepts it because it is loopback.
/// </summary>
internal sealed class LoopbackConnector : IAsyncDisposable
{
    /// <summary>The largest reply accepted, well above any card the tutor sends.</summary>
    private const long MaximumReplyBytes = 1024 * 1024;

    private readonly WebApplication app;
    private long replyNumber;

    private LoopbackConnector(WebApplication app) => this.app = app;

    /// <summary>The replies received so far and not yet taken.</summary>
    public ReplyInbox Inbox { get; } = new();

    /// <summary>The service URL to put in outgoing activities, e.g. <c>http://127.0.0.1:43117/</c>.</summary>
    public Uri ServiceUrl { get; private set; } = null!;

    /// <summary>Starts listening on a free loopback port; nothing is logged.</summary>
    public static async Task<LoopbackConnector> StartAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().UseUrls("http://127.0.0.1:0");
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = MaximumReplyBytes);
        builder.Logging.ClearProviders();
        var application = builder.Build();
        var connector = new LoopbackConnector(application);
        application.Run(connector.ReceiveAsync);
        await application.StartAsync(cancellationToken).ConfigureAwait(false);
        var address = application.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        connector.ServiceUrl = new Uri(address.TrimEnd('/') + "/");
        return connector;
    }

    /// <summary>Handles one connector call: 404 for any other route, 400 for a body that is not JSON, else files the reply.</summary>
    private async Task ReceiveAsync(HttpContext context)
    {
        var arrived = Stopwatch.GetTimestamp();
        if (!HttpMethods.IsPost(context.Request.Method) || ReplyToIdOf(context.Request.Path) is not { } replyToId)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body, context.RequestAborted).ConfigureAwait(false);
        var json = body.ToArray();
        if (!IsJsonObject(json))
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        Inbox.Add(replyToId, new ReceivedReply(json, arrived));
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.WriteAsync($"{{\"id\":\"reply-{Interlocked.Increment(ref replyNumber)}\"}}", context.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>The activity replied to from <c>/v3/conversations/{id}/activities[/{replyToId}]</c> (empty without one), or null for another path.</summary>
    internal static string? ReplyToIdOf(PathString path)
    {
        var segments = (path.Value ?? string.Empty).Split('/', StringSplitOptions.RemoveEmptyEntries);
        return segments switch
        {
            ["v3", "conversations", { Length: > 0 }, "activities"] => string.Empty,
            ["v3", "conversations", { Length: > 0 }, "activities", var replyTo] => Uri.UnescapeDataString(replyTo),
            _ => null,
        };
    }

    private static bool IsJsonObject(byte[] json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.ValueKind == JsonValueKind.Object;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>Stops listening.</summary>
    public async ValueTask DisposeAsync()
    {
        await app.StopAsync().ConfigureAwait(false);
        await app.DisposeAsync().ConfigureAwait(false);
    }
}
