using System.Collections.Concurrent;
using System.Net;
using System.Text;
using ElectroTutor.BotFramework.Connector;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;

namespace ElectroTutor.BotFramework.Tests.Connector;

/// <summary>The client against a real HTTP server on 127.0.0.1, as the local Direct Line or a channel would receive it.</summary>
public sealed class ConnectorClientLoopbackTests
{
    [Fact]
    public async Task Server_receives_the_escaped_ids_under_the_service_path_and_its_id_comes_back()
    {
        var received = new ConcurrentQueue<(string RawTarget, string ConversationId, string ActivityId, string Body, string? Authorization)>();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        await using var app = builder.Build();
        app.MapPost("/amer/v3/conversations/{conversationId}/activities/{activityId}", async (HttpContext context, string conversationId, string activityId) =>
        {
            using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
            received.Enqueue((
                context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget,
                conversationId,
                activityId,
                await reader.ReadToEndAsync(),
                context.Request.Headers.Authorization.FirstOrDefault()));
            return Results.Json(new { id = "server-id-1" });
        });
        await app.StartAsync();
        var serviceUrl = new Uri(new Uri(app.Urls.Single()), "/amer/");
        using var httpClient = new HttpClient();
        var client = new ConnectorClient(httpClient, LocalConnectorTokenProvider.Instance, new ConnectorOptions(), TimeProvider.System, new RecordingLogger<ConnectorClient>());

        var response = await client.SendActivityAsync(serviceUrl, "19:abc@thread.v2;messageid=1", "a|0000001", """{"type":"message","text":"hi"}"""u8.ToArray());

        Assert.Equal(new ConnectorResponse(Succeeded: true, 200, "server-id-1", Error: null), response);
        var request = Assert.Single(received);
        Assert.Equal("/amer/v3/conversations/19%3Aabc%40thread.v2%3Bmessageid%3D1/activities/a%7C0000001", request.RawTarget);
        Assert.Equal("19:abc@thread.v2;messageid=1", request.ConversationId);
        Assert.Equal("a|0000001", request.ActivityId);
        Assert.Equal("""{"type":"message","text":"hi"}""", request.Body);
        Assert.Null(request.Authorization);
        await app.StopAsync();
    }
}
