using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using ElectroTutor.Data.Connection;
using ElectroTutor.Data.Stores;
using ElectroTutor.Server.Tests.Cards;
using ElectroTutor.Simulation.Scenarios;
using ElectroTutor.Tutoring.Bank.Templates;
using ElectroTutor.Tutoring.Items;
using ElectroTutor.Tutoring.Storage;

namespace ElectroTutor.Server.Tests.Tutor;

/// <summary>The tutor over <c>POST /api/messages</c> with <c>deliveryMode: expectReplies</c>, on Kestrel and a fresh SQLite file.</summary>
public sealed class MessagingEndpointTests
{
    private static int activityNumber;

    private static JsonObject Activity(string type, string? text = null, JsonNode? value = null, string? id = null) => new()
    {
        ["type"] = type,
        ["id"] = id ?? $"act-{Interlocked.Increment(ref activityNumber)}",
        ["channelId"] = "directline",
        ["serviceUrl"] = "http://127.0.0.1:9/",
        ["deliveryMode"] = "expectReplies",
        ["from"] = new JsonObject { ["id"] = "dl_student1", ["name"] = "Student One" },
        ["recipient"] = new JsonObject { ["id"] = "electrotutor", ["name"] = "ElectroTutor" },
        ["conversation"] = new JsonObject { ["id"] = "conv-1" },
        ["text"] = text,
        ["value"] = value,
    };

    private static async Task<JsonArray> PostAsync(RunningTutorServer server, JsonObject activity)
    {
        using var response = await server.Client.PostAsync("api/messages", new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        return body!["activities"]!.AsArray();
    }

    private static JsonObject? TutorData(JsonNode? activity) => activity?["channelData"]?["electroTutor"]?.AsObject();

    [Fact]
    public async Task A_learner_is_greeted_asked_a_question_and_graded_with_machine_readable_data()
    {
        await using var server = await RunningTutorServer.StartAsync();
        var joined = Activity("conversationUpdate");
        joined["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "electrotutor" }, new JsonObject { ["id"] = "dl_student1", ["name"] = "Student One" });
        var greeting = await PostAsync(server, joined);
        Assert.Contains("ElectroTutor", greeting[0]!["text"]!.GetValue<string>(), StringComparison.Ordinal);

        await PostAsync(server, Activity("message", "Ada"));
        var asked = await PostAsync(server, Activity("message", "start"));
        var question = TutorData(asked.Last())!;
        Assert.Equal("question", question["type"]!.GetValue<string>());
        var itemId = question["question"]!["itemId"]!.GetValue<string>();
        Assert.Equal("application/vnd.microsoft.card.adaptive", asked.Last()!["attachments"]![0]!["contentType"]!.GetValue<string>());
        Assert.Equal("1.5", asked.Last()!["attachments"]![0]!["content"]!["version"]!.GetValue<string>());

        var submit = new JsonObject { ["electroTutor"] = new JsonObject { ["action"] = "answer", ["itemId"] = itemId }, ["answer"] = RightAnswer(itemId) };
        var graded = await PostAsync(server, Activity("message", value: submit));
        var feedback = TutorData(graded[0])!;
        Assert.Equal("feedback", feedback["type"]!.GetValue<string>());
        Assert.True(feedback["feedback"]!["correct"]!.GetValue<bool>());
        Assert.Equal(itemId, feedback["feedback"]!["itemId"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_redelivered_answer_is_stored_once_and_answered_the_same()
    {
        await using var server = await RunningTutorServer.StartAsync();
        var asked = await PostAsync(server, Activity("message", "start"));
        var itemId = TutorData(asked.Last())!["question"]!["itemId"]!.GetValue<string>();
        var answer = Activity("message", RightAnswer(itemId), id: "retry-me");

        var first = await PostAsync(server, answer);
        var again = await PostAsync(server, (JsonObject)answer.DeepClone());

        Assert.Equal(first.ToJsonString(), again.ToJsonString());
        var database = TutorDatabase.FromConnectionString(server.DatabaseFile);
        var learner = await new LearnerStore(database).FindAsync(new LearnerKey("directline", "dl_student1"));
        var attempts = await new AttemptStore(database).ForLearnerAsync(learner!.Id);
        Assert.Single(attempts);
        Assert.Equal("retry-me", attempts[0].Attempt.ActivityId);
    }

    [Fact]
    public async Task Simulate_returns_a_chart_image_and_the_numbers()
    {
        await using var server = await RunningTutorServer.StartAsync();
        var replies = await PostAsync(server, Activity("message", "simulate TTX"));
        var experiment = replies.First(r => TutorData(r)?["type"]?.GetValue<string>() == "experiment")!;
        Assert.Contains("| Quantity |", experiment["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.StartsWith("data:image/png;base64,", experiment["attachments"]![0]!["contentUrl"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_a_public_url_charts_are_linked_for_channels_that_need_https_images()
    {
        await using var server = await RunningTutorServer.StartAsync("--ElectroTutor:PublicUrl=https://tutor.example.org/");
        var replies = await PostAsync(server, Activity("message", "simulate K out 10"));
        var url = replies.Select(r => r?["attachments"]?[0]?["contentUrl"]?.GetValue<string>()).Single(u => u is not null)!;
        Assert.StartsWith("https://tutor.example.org/charts/", url, StringComparison.Ordinal);

        using var image = await server.Client.GetAsync(new Uri(url).AbsolutePath.TrimStart('/'));
        Assert.Equal(HttpStatusCode.OK, image.StatusCode);
        Assert.Equal("image/png", image.Content.Headers.ContentType?.MediaType);
        var bytes = await image.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, bytes[..4]);

        using var missing = await server.Client.GetAsync("charts/0123456789abcdef0123456789abcdef.png");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task With_an_app_id_a_request_without_a_token_is_refused()
    {
        await using var server = await RunningTutorServer.StartAsync("--MicrosoftAppId=00000000-0000-0000-0000-000000000001", "--MicrosoftAppType=SingleTenant", "--MicrosoftAppPassword=x", "--MicrosoftAppTenantId=00000000-0000-0000-0000-000000000002");
        using var response = await server.Client.PostAsync("api/messages", new StringContent(Activity("message", "hi").ToJsonString(), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("{")]
    [InlineData("[]")]
    [InlineData("{\"type\":5}")]
    public async Task Bad_activity_json_is_a_400(string body)
    {
        await using var server = await RunningTutorServer.StartAsync();
        using var response = await server.Client.PostAsync("api/messages", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Without_expect_replies_the_replies_are_posted_to_the_service_url_by_the_connector_client()
    {
        // The server's own local Direct Line plays the channel: its connector routes receive what the bot sends.
        await using var server = await RunningTutorServer.StartAsync();
        using var tokenResponse = await server.Client.PostAsync("v3/directline/tokens/generate", JsonContent.Create(new { user = new { id = "dl_outbound" } }));
        var token = (await tokenResponse.Content.ReadFromJsonAsync<JsonObject>())!["token"]!.GetValue<string>();
        using var start = new HttpRequestMessage(HttpMethod.Post, "v3/directline/conversations") { Content = JsonContent.Create(new { user = new { id = "dl_outbound" } }) };
        start.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        using var started = await server.Client.SendAsync(start);
        var conversationId = (await started.Content.ReadFromJsonAsync<JsonObject>())!["conversationId"]!.GetValue<string>();

        var activity = Activity("message", "progress");
        activity.Remove("deliveryMode");
        activity["serviceUrl"] = server.Address.ToString();
        activity["conversation"] = new JsonObject { ["id"] = conversationId };
        activity["from"] = new JsonObject { ["id"] = "dl_outbound" };
        using var posted = await server.Client.PostAsync("api/messages", new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"));
        Assert.True(posted.IsSuccessStatusCode, $"{posted.StatusCode}");

        using var poll = new HttpRequestMessage(HttpMethod.Get, $"v3/directline/conversations/{Uri.EscapeDataString(conversationId)}/activities");
        poll.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        using var polled = await server.Client.SendAsync(poll);
        var transcript = (await polled.Content.ReadFromJsonAsync<JsonObject>())!["activities"]!.AsArray();
        Assert.Contains(transcript, a => TutorData(a)?["type"]?.GetValue<string>() == "progress");
    }

    private static string RightAnswer(string itemId)
    {
        Assert.True(ItemAnswerKey.TryParseItemId(itemId, out var templateId, out var seed));
        Assert.True(RealBank.Bank.TryGetTemplate(templateId, out var template));
        return ItemAnswerKey.Right(new ItemGenerator(ScenarioCatalog.Default).Generate(template, seed).Item!);
    }
}
