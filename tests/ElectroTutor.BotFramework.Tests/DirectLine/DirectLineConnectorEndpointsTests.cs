using System.Net;
using System.Net.Http.Json;

namespace ElectroTutor.BotFramework.Tests.DirectLine;

public sealed class DirectLineConnectorEndpointsTests
{
    [Fact]
    public async Task A_bot_activity_gets_an_id_a_timestamp_and_the_bot_as_sender()
    {
        await using var server = await DirectLineTestServer.StartAsync();
        var (conversationId, token, _) = await server.StartConversationAsync();
        var watermark = (await server.GetActivitiesAsync(conversationId, token))["watermark"]!.GetValue<string>();

        using var sent = await server.Client.PostAsJsonAsync($"/v3/conversations/{conversationId}/activities", new { type = "message", text = "proactive", channelData = new { electroTutor = new { item = "q1" } } });

        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        var id = (string)(await DirectLineTestServer.ReadObjectAsync(sent))["id"]!;
        var activity = (await server.GetActivitiesAsync(conversationId, token, watermark))["activities"]!.AsArray().Single()!;
        Assert.Equal(id, (string?)activity["id"]);
        Assert.Equal("electrotutor", (string?)activity["from"]!["id"]);
        Assert.Equal("bot", (string?)activity["from"]!["role"]);
        Assert.Equal("dl_learner1", (string?)activity["recipient"]!["id"]);
        Assert.Equal("q1", (string?)activity["channelData"]!["electroTutor"]!["item"]);
        Assert.EndsWith("Z", (string)activity["timestamp"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bot_activity_for_an_unknown_conversation_is_not_found()
    {
        await using var server = await DirectLineTestServer.StartAsync();

        using var sent = await server.Client.PostAsJsonAsync("/v3/conversations/nope/activities/nope%7C0000001", new { type = "message", text = "x" });

        Assert.Equal(HttpStatusCode.NotFound, sent.StatusCode);
    }

    [Fact]
    public async Task A_bot_activity_without_a_type_is_a_bad_request()
    {
        await using var server = await DirectLineTestServer.StartAsync();
        var (conversationId, _, _) = await server.StartConversationAsync();

        using var sent = await server.Client.PostAsJsonAsync($"/v3/conversations/{conversationId}/activities", new { text = "x" });

        Assert.Equal(HttpStatusCode.BadRequest, sent.StatusCode);
    }

    [Fact]
    public async Task Updating_an_activity_delivers_the_new_version_again_under_the_same_id_and_time()
    {
        await using var server = await DirectLineTestServer.StartAsync();
        var (conversationId, token, _) = await server.StartConversationAsync();
        var first = await server.GetActivitiesAsync(conversationId, token);
        var welcome = first["activities"]![0]!;
        var welcomeId = (string)welcome["id"]!;

        using var updated = await server.Client.PutAsJsonAsync(
            $"/v3/conversations/{conversationId}/activities/{Uri.EscapeDataString(welcomeId)}", new { type = "message", text = "welcome (edited)" });

        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        var again = (await server.GetActivitiesAsync(conversationId, token, first["watermark"]!.GetValue<string>()))["activities"]!.AsArray().Single()!;
        Assert.Equal(welcomeId, (string?)again["id"]);
        Assert.Equal("welcome (edited)", (string?)again["text"]);
        Assert.Equal((string?)welcome["timestamp"], (string?)again["timestamp"]);
        var all = (await server.GetActivitiesAsync(conversationId, token))["activities"]!.AsArray();
        Assert.Equal(["welcome (edited)"], all.Select(a => (string?)a!["text"]));
    }

    [Fact]
    public async Task Updating_an_unknown_activity_is_not_found()
    {
        await using var server = await DirectLineTestServer.StartAsync();
        var (conversationId, _, _) = await server.StartConversationAsync();

        using var updated = await server.Client.PutAsJsonAsync($"/v3/conversations/{conversationId}/activities/missing", new { type = "message" });

        Assert.Equal(HttpStatusCode.NotFound, updated.StatusCode);
    }
}
