using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;

namespace ElectroTutor.Server.Tests.Tutor;

/// <summary>The turn-error policy end to end: a turn whose grouped commit fails is answered politely and not counted.</summary>
public sealed class TutorTurnRunnerTests
{
    [Fact]
    public async Task A_turn_whose_batch_cannot_commit_asks_the_learner_to_send_again_and_the_next_turn_is_stored()
    {
        var databaseFile = Path.Combine(Path.GetTempPath(), $"electrotutor-runner-test-{Guid.NewGuid():N}.db");
        try
        {
            await using (var server = await RunningTutorServer.StartAsync($"--ConnectionStrings:Tutor=Data Source={databaseFile};Default Timeout=1"))
            {
                Assert.NotEmpty(await PostAsync(server, "start", "a1"));

                string failed;
                // Unpooled, so that closing it really ends its transaction and frees the file.
                using (var other = new SqliteConnection($"Data Source={databaseFile};Pooling=False"))
                {
                    other.Open();
                    using var begin = other.CreateCommand();
                    begin.CommandText = "BEGIN IMMEDIATE;";
                    begin.ExecuteNonQuery();
                    failed = Text(await PostAsync(server, "hint", "a2"));
                }

                var stored = Text(await PostAsync(server, "hint", "a3"));

                Assert.Contains("couldn't save that just now", failed, StringComparison.Ordinal);
                Assert.DoesNotContain("couldn't save", stored, StringComparison.Ordinal);
                Assert.Equal(0, Count(databaseFile, "SELECT count(*) FROM conversation_states WHERE state_json LIKE '%\"a2\"%'"));
                Assert.Equal(1, Count(databaseFile, "SELECT count(*) FROM conversation_states WHERE state_json LIKE '%\"a3\"%'"));
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { databaseFile, databaseFile + "-wal", databaseFile + "-shm" })
            {
                File.Delete(file);
            }
        }
    }

    private static async Task<JsonArray> PostAsync(RunningTutorServer server, string text, string id)
    {
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["id"] = id,
            ["channelId"] = "directline",
            ["serviceUrl"] = "http://127.0.0.1:9/",
            ["deliveryMode"] = "expectReplies",
            ["from"] = new JsonObject { ["id"] = "dl_runner", ["name"] = "Runner" },
            ["recipient"] = new JsonObject { ["id"] = "electrotutor", ["name"] = "ElectroTutor" },
            ["conversation"] = new JsonObject { ["id"] = "conv-runner" },
            ["text"] = text,
        };
        using var response = await server.Client.PostAsync("api/messages", new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["activities"]!.AsArray();
    }

    private static string Text(JsonArray activities) => string.Join("\n", activities.Select(a => a?["text"]?.GetValue<string>()));

    private static long Count(string databaseFile, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={databaseFile};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }
}
