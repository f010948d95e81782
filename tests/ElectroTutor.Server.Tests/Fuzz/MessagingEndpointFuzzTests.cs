using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace ElectroTutor.Server.Tests.Fuzz;

/// <summary>
/// <c>POST /api/messages</c> under several hundred malformed, hostile and randomly mutated activities of one conversation:
/// each gets a 4xx or a graceful 200, never a 5xx; the server stays responsive, and the conversation still works afterwards.
/// Rate limits are off here, so that every case reaches the endpoint (they are tested on their own), and the service URL is
/// a connector that accepts everything, so that cases without <c>expectReplies</c> are judged on the input, not on the channel.
/// </summary>
public sealed class MessagingEndpointFuzzTests
{
    private static JsonObject Message(string text, Uri? serviceUrl = null) => new()
    {
        ["type"] = "message",
        ["id"] = $"fuzz-{Guid.NewGuid():N}",
        ["channelId"] = "directline",
        ["serviceUrl"] = (serviceUrl ?? new Uri("http://127.0.0.1:9/")).AbsoluteUri,
        ["deliveryMode"] = "expectReplies",
        ["from"] = new JsonObject { ["id"] = "dl_fuzz_learner", ["name"] = "Fuzz" },
        ["recipient"] = new JsonObject { ["id"] = "electrotutor", ["name"] = "ElectroTutor" },
        ["conversation"] = new JsonObject { ["id"] = "fuzz-conversation" },
        ["locale"] = "en-US",
        ["text"] = text,
    };

    [Fact]
    public async Task Malformed_and_mutated_activities_never_get_a_5xx_and_the_conversation_goes_on()
    {
        await using var server = await RunningTutorServer.StartAsync("--ElectroTutor:RateLimits:Enabled=false");
        var before = await PostAsync(server, Message("start"));
        Assert.Contains(before, reply => reply?["channelData"]?["electroTutor"]?["type"]?.GetValue<string>() == "question");

        await using var sink = await ReplySink.StartAsync();
        var valid = Message("hint", sink.Address);
        var cases = FuzzBodies.Fixed(valid).Concat(FuzzBodies.Mutations(valid, 300)).ToList();
        var problems = await FuzzRequests.PostAllAsync(server, "api/messages", cases);

        Assert.True(cases.Count >= 400, $"only {cases.Count} cases");
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        var after = await PostAsync(server, Message("progress"));
        Assert.Contains(after, reply => reply?["channelData"]?["electroTutor"]?["type"]?.GetValue<string>() == "progress");
        var next = await PostAsync(server, Message("next"));
        Assert.NotEmpty(next);
    }

    private static async Task<JsonArray> PostAsync(RunningTutorServer server, JsonObject activity)
    {
        using var response = await server.Client.PostAsync("api/messages", new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["activities"]!.AsArray();
    }
}
