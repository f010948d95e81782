using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace ElectroTutor.BotFramework.Tests.DirectLine;

public sealed class DirectLineStreamTests
{
    [Fact]
    public async Task The_stream_replays_the_greeting_then_carries_echo_typing_and_reply()
    {
        await using var server = await DirectLineTestServer.StartAsync();
        var (conversationId, token, started) = await server.StartConversationAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var socket = await server.Server.CreateWebSocketClient().ConnectAsync(new Uri((string)started["streamUrl"]!), timeout.Token);

        var greeting = await ReceiveSetAsync(socket, timeout.Token);
        Assert.Equal("welcome", (string?)greeting["activities"]![0]!["text"]);
        Assert.Equal("2", greeting["watermark"]!.GetValue<string>());

        using var posted = await server.PostMessageAsync(conversationId, token, "hello", "web-7");
        var received = new List<JsonObject>();
        while (!received.Any(a => (string?)a["text"] == "echo: hello"))
        {
            var set = await ReceiveSetAsync(socket, timeout.Token);
            received.AddRange(set["activities"]!.AsArray().Select(a => a!.AsObject()));
        }

        Assert.Equal(["message", "typing", "message"], received.Select(a => (string?)a["type"]));
        Assert.Equal("web-7", (string?)received[0]["channelData"]!["clientActivityID"]);

        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", timeout.Token);
        Assert.Equal(WebSocketState.Closed, socket.State);
    }

    [Fact]
    public async Task A_stream_url_from_reconnect_resumes_after_its_watermark()
    {
        await using var server = await DirectLineTestServer.StartAsync();
        var (conversationId, token, _) = await server.StartConversationAsync();
        using (await server.PostMessageAsync(conversationId, token, "before"))
        {
        }

        using var reconnect = await server.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}?watermark=2", token, body: null);
        var streamUrl = (string)(await DirectLineTestServer.ReadObjectAsync(reconnect))["streamUrl"]!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var socket = await server.Server.CreateWebSocketClient().ConnectAsync(new Uri(streamUrl), timeout.Token);

        var set = await ReceiveSetAsync(socket, timeout.Token);

        Assert.Equal(["before", null, "echo: before"], set["activities"]!.AsArray().Select(a => (string?)a!["text"]));
    }

    [Fact]
    public async Task A_plain_request_to_the_stream_is_a_bad_request()
    {
        await using var server = await DirectLineTestServer.StartAsync();
        var (conversationId, token, _) = await server.StartConversationAsync();

        using var response = await server.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/stream", token, body: null);

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static async Task<JsonObject> ReceiveSetAsync(WebSocket socket, CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        while (true)
        {
            using var message = new MemoryStream();
            WebSocketReceiveResult result;
            do
            {
                result = await socket.ReceiveAsync(buffer, cancellationToken);
                message.Write(buffer, 0, result.Count);
            }
            while (!result.EndOfMessage);

            if (message.Length > 0) return JsonNode.Parse(Encoding.UTF8.GetString(message.ToArray()))!.AsObject();
        }
    }
}
