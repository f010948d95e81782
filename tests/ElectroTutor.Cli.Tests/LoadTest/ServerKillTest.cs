using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using ElectroTutor.Cli.LoadTest;
using ElectroTutor.Data.Connection;
using ElectroTutor.Data.Content;
using ElectroTutor.Data.Stores;
using ElectroTutor.Simulation.Scenarios;
using ElectroTutor.Tutoring.Items;
using ElectroTutor.Tutoring.Storage;

namespace ElectroTutor.Cli.Tests.LoadTest;

/// <summary>
/// The server process killed with SIGKILL in the middle of a load test and started again on the same SQLite file: no
/// answer the tutor acknowledged is missing, and a learner's next turn continues the question they had open.
/// </summary>
public sealed class ServerKillTest
{
    [Fact]
    public async Task After_a_kill_mid_load_and_a_restart_every_acknowledged_answer_is_stored_and_learners_resume()
    {
        using var database = new Database.TempDatabaseFile();
        var address = new Uri($"http://127.0.0.1:{ServerProcess.FreePort()}/");
        string[] settings = ["--ElectroTutor:RateLimits:Enabled=false"];
        var bank = BankFolder.Load(BankFolder.Find(null)!).Bank!;
        using var client = LoadTestRun.CreateClient(8);

        var server = await ServerProcess.StartAsync(address, database.Path, settings);
        try
        {
            // A learner with one wrong try stored and the question still open, before the load begins.
            var itemId = AskedItem(await PostAsync(client, address, Message("start")))!;
            Assert.True(Counted(await PostAsync(client, address, AnswerTo(bank, itemId, right: false, "kill-learner-1"))));

            var load = LoadTestRun.RunAsync(client, new LoadTestSettings(address, bank, 8, TimeSpan.FromSeconds(8), ReplyDelivery.ExpectReplies), CancellationToken.None);
            await Task.Delay(TimeSpan.FromSeconds(3));
            await server.KillAsync();
            server.Dispose();
            server = await ServerProcess.StartAsync(address, database.Path, settings);
            var (tallies, _) = await load;

            var report = LoadTestRun.Report(tallies, TimeSpan.FromSeconds(1), await LostAnswerCheck.CountLostAsync(TutorDatabase.FromConnectionString(database.Path), tallies, CancellationToken.None));
            Assert.True(report.Acknowledged > 0, $"nothing was acknowledged: {report}");
            Assert.True(report.Errors > 0, $"the kill did not land during the load: {report}");
            Assert.Equal(0, report.Lost);

            // The learner's next turn continues the open question: the right answer to it is graded and counts.
            var resumed = await PostAsync(client, address, AnswerTo(bank, itemId, right: true, "kill-learner-2"));
            var feedback = resumed.Select(Data).Single(d => d?["type"]?.GetValue<string>() == "feedback")!;
            Assert.Equal(itemId, feedback["feedback"]!["itemId"]!.GetValue<string>());
            Assert.True(feedback["feedback"]!["counted"]!.GetValue<bool>());
            var tutor = TutorDatabase.FromConnectionString(database.Path);
            var learner = await new LearnerStore(tutor).FindAsync(new LearnerKey("directline", "dl_kill_learner"));
            var attempts = await new AttemptStore(tutor).ForLearnerAsync(learner!.Id);
            Assert.Equal(["kill-learner-1", "kill-learner-2"], attempts.Select(a => a.Attempt.ActivityId!).Order(StringComparer.Ordinal));
        }
        finally
        {
            server.Dispose();
        }
    }

    private static JsonObject Message(string? text, JsonNode? value = null, string? id = null) => new()
    {
        ["type"] = "message",
        ["id"] = id ?? $"kill-{Guid.NewGuid():N}",
        ["channelId"] = "directline",
        ["serviceUrl"] = "http://127.0.0.1:9/",
        ["deliveryMode"] = "expectReplies",
        ["from"] = new JsonObject { ["id"] = "dl_kill_learner", ["name"] = "Kill Learner" },
        ["recipient"] = new JsonObject { ["id"] = "electrotutor" },
        ["conversation"] = new JsonObject { ["id"] = "kill-conversation" },
        ["text"] = text,
        ["value"] = value,
    };

    private static JsonObject AnswerTo(Tutoring.Bank.QuestionBank bank, string itemId, bool right, string id)
    {
        Assert.True(ItemAnswerKey.TryParseItemId(itemId, out var templateId, out var seed));
        Assert.True(bank.TryGetTemplate(templateId, out var template));
        var item = new ItemGenerator(ScenarioCatalog.Default).Generate(template, seed).Item!;
        var submit = new JsonObject
        {
            ["electroTutor"] = new JsonObject { ["action"] = "answer", ["itemId"] = itemId },
            ["answer"] = right ? ItemAnswerKey.Right(item) : ItemAnswerKey.Wrong(item),
        };
        return Message(null, submit, id);
    }

    private static async Task<JsonArray> PostAsync(HttpClient client, Uri address, JsonObject activity)
    {
        using var response = await client.PostAsync(new Uri(address, "api/messages"), new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json")).ConfigureAwait(false);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>().ConfigureAwait(false))!["activities"]!.AsArray();
    }

    private static JsonObject? Data(JsonNode? activity) => activity?["channelData"]?["electroTutor"] as JsonObject;

    private static string? AskedItem(JsonArray replies) =>
        replies.Select(Data).Where(d => d?["type"]?.GetValue<string>() == "question").Select(d => d!["question"]!["itemId"]!.GetValue<string>()).LastOrDefault();

    private static bool Counted(JsonArray replies) =>
        replies.Select(Data).Any(d => d?["type"]?.GetValue<string>() == "feedback" && d["feedback"]?["counted"]?.GetValue<bool>() == true);
}
