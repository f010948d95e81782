using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace ElectroTutor.Server.Tests.WebChat;

public sealed class EchoDirectLineBotTests
{
    [Fact]
    public async Task Over_Kestrel_a_posted_message_is_echoed_and_answered_after_the_greeting()
    {
        await using var server = await RunningTutorServer.StartAsync();
        using var generated = await server.Client.PostAsJsonAsync("v3/directline/tokens/generate", new { user = new { id = "dl_0123456789abcdef0123456789abcdef" } });
        var token = (string)JsonNode.Parse(await generated.Content.ReadAsStringAsync())!["token"]!;
        server.Client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        using var started = await server.Client.PostAsync("v3/directline/conversations", content: null);
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        var conversationId = (string)JsonNode.Parse(await started.Content.ReadAsStringAsync())!["conversationId"]!;

        using var posted = await server.Client.PostAsJsonAsync($"v3/directline/conversations/{conversationId}/activities",
            new { type = "message", text = "hello", channelData = new { clientActivityID = "page-1" } });
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);

        var set = JsonNode.Parse(await server.Client.GetStringAsync($"v3/directline/conversations/{conversationId}/activities"))!;
        var activities = set["activities"]!.AsArray();
        Assert.StartsWith("Welcome to ElectroTutor", (string)activities[0]!["text"]!, StringComparison.Ordinal);
        Assert.Equal("hello", (string?)activities[1]!["text"]);
        Assert.Equal("page-1", (string?)activities[1]!["channelData"]!["clientActivityID"]);
        Assert.Equal("You said: hello", (string?)activities[2]!["text"]);
        Assert.Equal((string?)activities[1]!["id"], (string?)activities[2]!["replyToId"]);
        Assert.Equal(server.Address.ToString(), (string?)activities[1]!["serviceUrl"]);
    }
}
