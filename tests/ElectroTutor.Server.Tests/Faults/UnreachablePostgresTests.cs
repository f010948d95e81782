using System.Net;

namespace ElectroTutor.Server.Tests.Faults;

/// <summary>
/// PostgreSQL gone under a running server (the database dropped): a turn gets the polite send-again reply with a 200, not a
/// 500, and the server stays up and keeps answering.
/// </summary>
public sealed class UnreachablePostgresTests
{
    [PostgresFact]
    public async Task A_dropped_database_gets_a_polite_retry_message_and_the_server_stays_up()
    {
        var scratch = ScratchPostgres.Create();
        try
        {
            await using var server = await RunningTutorServer.StartAsync(
                "--Database:Provider=Postgres", $"--ConnectionStrings:Tutor={scratch.ConnectionString}", "--ElectroTutor:RateLimits:Enabled=false");
            var learner = new FaultLearner("dl_unreachable", "unreachable-conversation");
            var itemId = FaultLearner.AskedItem(await FaultLearner.PostAsync(server.Client, learner.Message("start")));
            Assert.NotNull(itemId);

            scratch.Drop();

            for (var attempt = 0; attempt < 3; attempt++)
            {
                var replies = await FaultLearner.PostAsync(server.Client, learner.Answer(itemId, right: true));
                Assert.False(FaultLearner.Counted(replies));
                Assert.Contains("send it again", FaultLearner.Text(replies), StringComparison.Ordinal);
            }

            using var health = await server.Client.GetAsync("healthz");
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        }
        finally
        {
            scratch.Drop();
        }
    }
}
