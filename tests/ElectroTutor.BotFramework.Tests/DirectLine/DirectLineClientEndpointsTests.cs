using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace ElectroTutor.BotFramework.Tests.DirectLine;

public sealed class DirectLineClientEndpointsTests
{
    [Fact]
    public async Task Message_round_trip_echoes_the_post_then_shows_the_bot_reply()
    {
        await using var server = await DirectLineTestServer.StartAsync();
        var (conversationId, token, _) = await server.StartConversationAsync();

        using var posted = await server.PostMessageAsync(conversationId, token, "hello", clientActivityId: "web-42");
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        var postedId = (string)(await DirectLineTestServer.ReadObjectAsync(posted))["id"]!;
        Assert.Equal(conversationId + "|0000003", postedId); // 1 = conversationUpdate, 2 = welcome

        var set = await server.GetActivitiesAsync(conversationId, token);
        var activities = set["activities"]!.AsArray().Select(a => a!.AsObject()).ToList();
        Assert.Equal(["welcome", "hello", "echo: hello"], activities.Select(a => (string?)a["text"]));

        var echo = activities[1];
        Assert.Equal(postedId, (string?)echo["id"]);
        Assert.Equal("web-42", (string?)echo["channelData"]!["clientActivityID"]);
        Assert.Equal("dl_learner1", (string?)echo["from"]!["id"]);
        Assert.Equal("directline", (string?)echo["channelId"]);
        Assert.Equal(conversationId, (string?)echo["conversation"]!["id"]);
        Assert.EndsWith("Z", (string)echo["timestamp"]!, StringComparison.Ordinal);
        Assert.Equal("en-US", (string?)echo["locale"]);

        var reply = activities[2];
        Assert.Equal(postedId, (string?)reply["replyToId"]);
        Assert.Equal("bot", (string?)reply["from"]!["role"]);
        Assert.Equal(conversationId + "|0000005", (string?)reply["id"]); // 4 = typing, not delivered by polling
        Assert.Equal("5", set["watermark"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_bot_receives_the_stamped_message_with_its_client_fields_intact()
    {
        await using var server = await DirectLineTestServer.StartAsync();
        var (conversationId, token, _) = await server.StartConversationAsync();
        using var posted = await server.PostMessageAsync(conversationId, token, "hi", clientActivityId: "web-1");

        var message = server.Bot.Received.Single(a => (string?)a["type"] == "message");
        Assert.Equal("web-1", (string?)message["channelData"]!["clientActivityID"]);
        Assert.Equal("electrotutor", (string?)message["recipient"]!["id"]);
        Assert.Equal("http://localhost/", (string?)message["serviceUrl"]);
        Assert.Equal(conversationId + "|0000003", (string?)message["id"]);
    }

    [Fact]
    public async Task Starting_a_conversation_sends_the_bot_one_conversationUpdate_with_bot_and_user()
    {
        await using var server = await DirectLineTestServer.StartAsync();
        var (conversationId, token, started) = await server.StartConversationAsync("dl_abc");

        Assert.StartsWith("ws://localhost/v3/directline/conversations/" + conversationId + "/stream?t=", (string)started["streamUrl"]!, StringComparison.Ordinal);
        Assert.Equal(1800, (int)started["expires_in"]!);

        using var again = await server.SendAsync(HttpMethod.Post, "/v3/directline/conversations", token, body: null);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(conversationId, (string?)(await DirectLineTestServer.ReadObjectAsync(again))["conversationId"]);

        var update = Assert.Single(server.Bot.Received);
        Assert.Equal("conversationUpdate", (string?)update["type"]);
        Assert.Equal(["electrotutor", "dl_abc"], update["membersAdded"]!.AsArray().Select(m => (string?)m!["id"]));
        Assert.Equal("dl_abc", (string?)update["from"]!["id"]);

        var set = await server.GetActivitiesAsync(conversationId, token);
        Assert.DoesNotContain(set["activities"]!.AsArray(), a => (string?)a!["type"] == "conversationUpdate");
    }

    [Fact]
    public async Task A_conversation_can_be_started_without_a_token_for_the_posted_user()
    {
        await using var server = await DirectLineTestServer.StartAsync();

        using var started = await server.SendAsync(HttpMethod.Post, "/v3/directline/conversations", "undefined", new { user = new { id = "dl_anon" } });

        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        var body = await DirectLineTestServer.ReadObjectAsync(started);
        var set = await server.GetActivitiesAsync((string)body["conversationId"]!, (string)body["token"]!);
        Assert.Equal("welcome", (string?)set["activities"]![0]!["text"]);
        Assert.Equal("dl_anon", (string?)server.Bot.Received.Single()["from"]!["id"]);
    }

    [Fact]
    public async Task Posted_activities_always_come_from_the_tokens_user()
    {
        await using var server = await DirectLineTestServer.StartAsync();
        var (conversationId, token, _) = await server.StartConversationAsync("dl_real");

        using var posted = await server.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", token,
            new { type = "message", text = "x", from = new { id = "dl_someone_else", name = "Mallory" } });

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        var message = server.Bot.Received.Single(a => (string?)a["type"] == "message");
        Assert.Equal("dl_real", (string?)message["from"]!["id"]);
        Assert.Equal("user", (string?)message["from"]!["role"]);
    }

    [Fact]
    public async Task Watermarks_return_only_newer_activities_and_an_absent_watermark_returns_all()
    {
        await using var server = await DirectLineTestServer.StartAsync();
        var (conversationId, token, _) = await server.StartConversationAsync();

        var first = await server.GetActivitiesAsync(conversationId, token);
        var watermark = first["watermark"]!.GetValue<string>();
        var unchanged = await server.GetActivitiesAsync(conversationId, token, watermark);
        Assert.Empty(unchanged["activities"]!.AsArray());
        Assert.Equal(watermark, unchanged["watermark"]!.GetValue<string>());

        using var posted = await server.PostMessageAsync(conversationId, token, "second");
        var newer = await server.GetActivitiesAsync(conversationId, token, watermark);
        Assert.Equal(["second", "echo: second"], newer["activities"]!.AsArray().Select(a => (string?)a!["text"]));

        var all = await server.GetActivitiesAsync(conversationId, token);
        Assert.Equal(3, all["activities"]!.AsArray().Count);
    }

    [Fact]
    public async Task A_watermark_that_is_not_a_sequence_number_is_a_bad_request()
    {
        await using var server = await DirectLineTestServer.StartAsync();
        var (conversationId, token, _) = await server.StartConversationAsync();

        using var response = await server.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities?watermark=abc", token, body: null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not-a-token")]
    [InlineData("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.e30.AAAA")]
    public async Task Calls_without_a_valid_token_are_forbidden(string? token)
    {
        await using var server = await DirectLineTestServer.StartAsync();
        var (conversationId, _, _) = await server.StartConversationAsync();

        using var get = await server.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities", token, body: null);
        using var post = await server.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", token, new { type = "message" });
        using var refresh = await server.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", token, body: null);

        Assert.Equal(HttpStatusCode.Forbidden, get.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, refresh.StatusCode);
    }

    [Fact]
    public async Task A_token_for_another_conversation_is_forbidden()
    {
        await using var server = await DirectLineTestServer.StartAsync();
        var (conversationId, _, _) = await server.StartConversationAsync("dl_one");
        var (_, otherToken, _) = await server.StartConversationAsync("dl_two");

        using var response = await server.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities", otherToken, body: null);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task An_expired_token_is_forbidden_and_a_refreshed_one_works()
    {
        await using var server = await DirectLineTestServer.StartAsync();
        var (conversationId, token, _) = await server.StartConversationAsync();

        server.Time.Advance(TimeSpan.FromMinutes(15));
        using var refreshed = await server.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", token, body: null);
        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        var body = await DirectLineTestServer.ReadObjectAsync(refreshed);
        Assert.Equal(conversationId, (string?)body["conversationId"]);
        var newToken = (string)body["token"]!;

        server.Time.Advance(TimeSpan.FromMinutes(20));
        using var expired = await server.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities", token, body: null);
        Assert.Equal(HttpStatusCode.Forbidden, expired.StatusCode);
        var set = await server.GetActivitiesAsync(conversationId, newToken);
        Assert.Single(set["activities"]!.AsArray());
    }

    [Fact]
    public async Task A_conversation_idle_past_its_timeout_is_not_found()
    {
        await using var server = await DirectLineTestServer.StartAsync(o =>
        {
            o.ConversationIdleTimeout = TimeSpan.FromMinutes(20);
            o.TokenLifetime = TimeSpan.FromHours(1);
        });
        var (conversationId, token, _) = await server.StartConversationAsync();

        server.Time.Advance(TimeSpan.FromMinutes(21));
        using var response = await server.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities", token, body: null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Reconnecting_returns_a_new_stream_url_that_carries_the_watermark()
    {
        await using var server = await DirectLineTestServer.StartAsync();
        var (conversationId, token, _) = await server.StartConversationAsync();

        using var response = await server.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}?watermark=2", token, body: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await DirectLineTestServer.ReadObjectAsync(response);
        Assert.Equal(conversationId, (string?)body["conversationId"]);
        Assert.EndsWith("&watermark=2", (string)body["streamUrl"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failing_bot_gives_502_BotError_and_the_transcript_stays_consistent()
    {
        await using var server = await DirectLineTestServer.StartAsync();
        var (conversationId, token, _) = await server.StartConversationAsync();

        server.Bot.Fail = true;
        using var failed = await server.PostMessageAsync(conversationId, token, "lost?", "c-1");
        Assert.Equal(HttpStatusCode.BadGateway, failed.StatusCode);
        Assert.Equal("BotError", (string?)(await DirectLineTestServer.ReadObjectAsync(failed))["error"]!["code"]);

        server.Bot.Fail = false;
        using var retried = await server.PostMessageAsync(conversationId, token, "again", "c-2");
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);

        var activities = (await server.GetActivitiesAsync(conversationId, token))["activities"]!.AsArray();
        Assert.Equal(["welcome", "lost?", "again", "echo: again"], activities.Select(a => (string?)a!["text"]));
        var ids = activities.Select(a => (string)a!["id"]!).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
    }

    [Fact]
    public async Task A_bot_that_never_answers_gives_502_after_the_bot_timeout()
    {
        await using var server = await DirectLineTestServer.StartAsync(o => o.BotTimeout = TimeSpan.FromMilliseconds(200));
        var (conversationId, token, _) = await server.StartConversationAsync();

        server.Bot.Hang = true;
        using var response = await server.PostMessageAsync(conversationId, token, "anyone there?");

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Contains("did not answer", (string)(await DirectLineTestServer.ReadObjectAsync(response))["error"]!["message"]!, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[1,2]")]
    [InlineData("{\"text\":\"no type\"}")]
    [InlineData("")]
    public async Task Malformed_activities_are_bad_requests(string body)
    {
        await using var server = await DirectLineTestServer.StartAsync();
        var (conversationId, token, _) = await server.StartConversationAsync();

        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await server.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", token, content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("BadArgument", (string?)(await DirectLineTestServer.ReadObjectAsync(response))["error"]!["code"]);
        Assert.DoesNotContain(server.Bot.Received, a => (string?)a["type"] != "conversationUpdate");
    }

    [Fact]
    public async Task An_oversized_activity_is_refused_with_413()
    {
        await using var server = await DirectLineTestServer.StartAsync(o => o.MaxActivityBytes = 2048);
        var (conversationId, token, _) = await server.StartConversationAsync();

        using var response = await server.PostMessageAsync(conversationId, token, new string('x', 4000));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task A_malformed_token_request_is_a_bad_request_and_an_empty_one_gets_a_dl_user()
    {
        await using var server = await DirectLineTestServer.StartAsync();

        using var bad = await server.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", null, new { user = new { id = "" } });
        using var empty = await server.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", null, body: null);

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        var token = (string)(await DirectLineTestServer.ReadObjectAsync(empty))["token"]!;
        var payload = JsonNode.Parse(System.Buffers.Text.Base64Url.DecodeFromChars(token.Split('.')[1]))!;
        Assert.StartsWith("dl_", (string)payload["user"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_is_refused_with_a_clear_client_error()
    {
        await using var server = await DirectLineTestServer.StartAsync();
        var (conversationId, token, _) = await server.StartConversationAsync();

        using var response = await server.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/upload?userId=dl_learner1", token, new { });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("upload", (string)(await DirectLineTestServer.ReadObjectAsync(response))["error"]!["message"]!, StringComparison.OrdinalIgnoreCase);
    }
}
