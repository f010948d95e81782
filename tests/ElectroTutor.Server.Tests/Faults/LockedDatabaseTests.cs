using System.Net;
using ElectroTutor.Data.Connection;
using ElectroTutor.Data.Stores;
using ElectroTutor.Tutoring.Storage;
using Microsoft.Data.Sqlite;

namespace ElectroTutor.Server.Tests.Faults;

/// <summary>
/// The SQLite database locked by another connection (<c>BEGIN EXCLUSIVE</c>) while a learner answers: the turn gets a polite
/// reply asking to send again (200, not a 500), the server stays up, and the same answer sent again after the lock is
/// released is graded and stored once.
/// </summary>
public sealed class LockedDatabaseTests
{
    [Fact]
    public async Task A_locked_database_gets_a_polite_retry_message_and_the_retry_counts_once()
    {
        // A one-second busy timeout keeps the wait short; the server otherwise waits 5 s for a lock.
        await using var server = await RunningTutorServer.StartAsync();
        await using var quick = await RunningTutorServer.StartAsync($"--ConnectionStrings:Tutor=Data Source={server.DatabaseFile};Default Timeout=1");
        var learner = new FaultLearner("dl_locked", "locked-conversation");
        var itemId = FaultLearner.AskedItem(await FaultLearner.PostAsync(quick.Client, learner.Message("start")));
        Assert.NotNull(itemId);
        var answer = learner.Answer(itemId, right: true, id: "answer-while-locked");

        await using (var holder = new SqliteConnection($"Data Source={server.DatabaseFile}"))
        {
            await holder.OpenAsync();
            await using (var begin = holder.CreateCommand())
            {
                begin.CommandText = "BEGIN EXCLUSIVE;";
                await begin.ExecuteNonQueryAsync();
            }

            var refused = await FaultLearner.PostAsync(quick.Client, answer);
            Assert.False(FaultLearner.Counted(refused));
            Assert.Contains("send it again", FaultLearner.Text(refused), StringComparison.Ordinal);
            using var health = await quick.Client.GetAsync("healthz");
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);

            await using var rollback = holder.CreateCommand();
            rollback.CommandText = "ROLLBACK;";
            await rollback.ExecuteNonQueryAsync();
        }

        var retried = await FaultLearner.PostAsync(quick.Client, (System.Text.Json.Nodes.JsonObject)answer.DeepClone());
        Assert.True(FaultLearner.Counted(retried), FaultLearner.Text(retried));
        var again = await FaultLearner.PostAsync(quick.Client, (System.Text.Json.Nodes.JsonObject)answer.DeepClone());
        Assert.True(FaultLearner.Counted(again));

        var database = TutorDatabase.FromConnectionString(server.DatabaseFile);
        var stored = await new LearnerStore(database).FindAsync(new LearnerKey("directline", learner.UserId));
        var attempt = Assert.Single(await new AttemptStore(database).ForLearnerAsync(stored!.Id));
        Assert.Equal("answer-while-locked", attempt.Attempt.ActivityId);
    }
}
