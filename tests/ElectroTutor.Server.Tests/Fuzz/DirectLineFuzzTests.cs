using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace ElectroTutor.Server.Tests.Fuzz;

/// <summary>
/// The local Direct Line (tokens, conversations, activities, the WebSocket stream) under malformed, hostile and randomly
/// mutated requests: a 4xx or a 2xx every time, never a 5xx; the server stays responsive and the conversation still works.
/// </summary>
public sealed class DirectLineFuzzTests
{
    private const string UserId = "dl_fuzz_user";

    [Fact]
    public async Task Token_and_conversation_routes_refuse_bad_bodies_and_tokens_with_a_4xx()
    {
        await using var server = await RunningTutorServer.StartAsync("--ElectroTutor:RateLimits:Enabled=false");
        var (token, _) = await StartAsync(server);
        var user = new JsonObject { ["user"] = new JsonObject { ["id"] = UserId, ["name"] = "Fuzz" } };

        var problems = await FuzzRequests.PostAllAsync(server, "v3/directline/tokens/generate", FuzzBodies.Fixed(user).Concat(FuzzBodies.Mutations(user, 60)));
        problems.AddRange(await FuzzRequests.PostAllAsync(server, "v3/directline/conversations", FuzzBodies.Fixed(user).Concat(FuzzBodies.Mutations(user, 60)), token));
        foreach (var bad in new[] { "", "x", token + "x", token[..^4], new string('a', 8000), "%C3%A9", "a.b.c", "Bearer " + token })
        {
            problems.AddRange(await FuzzRequests.PostAllAsync(server, "v3/directline/tokens/refresh", [new FuzzCase($"refresh with '{bad[..Math.Min(bad.Length, 20)]}'", [])], bad.Length == 0 ? null : bad));
            problems.AddRange(await FuzzRequests.PostAllAsync(server, "v3/directline/conversations", [new FuzzCase("start with a bad token", [])], bad.Length == 0 ? null : bad));
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public async Task Malformed_and_mutated_activities_never_get_a_5xx_and_the_conversation_goes_on()
    {
        await using var server = await RunningTutorServer.StartAsync("--ElectroTutor:RateLimits:Enabled=false");
        var (token, conversationId) = await StartAsync(server);
        var valid = new JsonObject
        {
            ["type"] = "message",
            ["text"] = "hint",
            ["from"] = new JsonObject { ["id"] = UserId, ["name"] = "Fuzz", ["role"] = "user" },
            ["locale"] = "en-US",
            ["channelData"] = new JsonObject { ["clientActivityID"] = "c-1" },
        };
        var path = $"v3/directline/conversations/{conversationId}/activities";

        var cases = FuzzBodies.Fixed(valid).Concat(FuzzBodies.Mutations(valid, 250)).ToList();
        var problems = await FuzzRequests.PostAllAsync(server, path, cases, token);
        problems.AddRange(await FuzzRequests.PostAllAsync(server, "v3/directline/conversations/not-a-conversation/activities", FuzzBodies.Mutations(valid, 20), token));

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        Assert.True(await TutorAnswersAsync(server, token, conversationId, "progress"), "the conversation no longer answers");
    }

    [Fact]
    public async Task The_stream_refuses_bad_requests_and_survives_garbage_frames()
    {
        await using var server = await RunningTutorServer.StartAsync("--ElectroTutor:RateLimits:Enabled=false");
        var (token, conversationId) = await StartAsync(server);
        var streamPath = $"v3/directline/conversations/{conversationId}/stream";

        foreach (var query in new[] { "", "?t=nonsense", $"?t={token}", $"?t={token}&watermark=abc", $"?t={token}&watermark=-5", $"?t={token}&watermark=99999999999999999999" })
        {
            using var plain = await server.Client.GetAsync(streamPath + query);
            Assert.InRange((int)plain.StatusCode, 400, 499);
        }

        var streamUri = new UriBuilder(new Uri(server.Address, streamPath)) { Scheme = "ws", Query = "t=" + Uri.EscapeDataString(token) }.Uri;
        var random = new Random(20261121);
        for (var round = 0; round < 5; round++)
        {
            using var socket = new ClientWebSocket();
            await socket.ConnectAsync(streamUri, CancellationToken.None);
            try
            {
                for (var frame = 0; frame < 20; frame++)
                {
                    var bytes = new byte[random.Next(1, 70_000)];
                    random.NextBytes(bytes);
                    await socket.SendAsync(bytes, frame % 2 == 0 ? WebSocketMessageType.Binary : WebSocketMessageType.Text, endOfMessage: random.Next(3) > 0, CancellationToken.None);
                }
            }
            catch (WebSocketException)
            {
                // The server may drop a client that breaks the protocol (a text frame that is not UTF-8); that is its right.
            }

            socket.Abort();
        }

        using var health = await server.Client.GetAsync("healthz");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.True(await TutorAnswersAsync(server, token, conversationId, "progress"), "the conversation no longer answers");
    }

    private static async Task<(string Token, string ConversationId)> StartAsync(RunningTutorServer server)
    {
        using var generated = await server.Client.PostAsJsonAsync("v3/directline/tokens/generate", new { user = new { id = UserId, name = "Fuzz" } });
        var token = (await generated.Content.ReadFromJsonAsync<JsonObject>())!["token"]!.GetValue<string>();
        using var start = new HttpRequestMessage(HttpMethod.Post, "v3/directline/conversations") { Content = JsonContent.Create(new { }) };
        start.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var started = await server.Client.SendAsync(start);
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        var body = (await started.Content.ReadFromJsonAsync<JsonObject>())!;
        return (body["token"]!.GetValue<string>(), body["conversationId"]!.GetValue<string>());
    }

    /// <summary>Posts <paramref name="text"/> and polls until a tutor reply to it appears (up to 15 s).</summary>
    private static async Task<bool> TutorAnswersAsync(RunningTutorServer server, string token, string conversationId, string text)
    {
        var path = $"v3/directline/conversations/{conversationId}/activities";
        using var post = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new StringContent(new JsonObject { ["type"] = "message", ["text"] = text, ["from"] = new JsonObject { ["id"] = UserId } }.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        post.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var posted = await server.Client.SendAsync(post);
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        var sentId = (await posted.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();

        for (var attempt = 0; attempt < 150; attempt++)
        {
            using var poll = new HttpRequestMessage(HttpMethod.Get, path);
            poll.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var polled = await server.Client.SendAsync(poll);
            var activities = (await polled.Content.ReadFromJsonAsync<JsonObject>())!["activities"]!.AsArray();
            if (activities.Any(a => a?["replyToId"]?.GetValue<string>() == sentId && a?["from"]?["id"]?.GetValue<string>() != UserId))
            {
                return true;
            }

            await Task.Delay(100);
        }

        return false;
    }
}
