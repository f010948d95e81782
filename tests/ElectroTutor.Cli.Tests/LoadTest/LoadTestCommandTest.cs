using System.Text.Json.Nodes;

namespace ElectroTutor.Cli.Tests.LoadTest;

/// <summary><c>electrotutor loadtest</c> against the real tutor server on Kestrel at 127.0.0.1 with a fresh SQLite file.</summary>
public sealed class LoadTestCommandTest
{
    [Fact]
    public async Task Simulated_learners_get_every_answer_acknowledged_and_stored()
    {
        using var database = new Database.TempDatabaseFile();
        await using var server = await InProcessServer.StartAsync(database.Path);
        var address = server.Address;
        var run = await Task.Run(() => CliRun.Of("loadtest", "--url", address, "--learners", "3", "--duration", "3", "--json", "--database", database.Path));

        Assert.True(run.ExitCode == 0, run.Error);
        var report = JsonNode.Parse(run.Output)!.AsObject();
        Assert.Equal(3, (int)report["learners"]!);
        Assert.True((int)report["conversations"]! >= 3, run.Output);
        Assert.True((long)report["turns"]! > 0, run.Output);
        Assert.True((long)report["errors"]! == 0, run.Output);
        Assert.True((long)report["acknowledged"]! > 0, run.Output);
        Assert.True((long)report["lost"]! == 0, run.Output);
        Assert.True((double)report["p50Ms"]! <= (double)report["maxMs"]!);
        Assert.Equal((long)report["acknowledged"]!, database.Count("SELECT COUNT(*) FROM attempts WHERE channel_id = 'loadtest'"));
    }

    [Fact]
    public async Task In_connector_mode_the_server_posts_replies_to_the_loopback_connector_and_every_answer_is_stored()
    {
        using var database = new Database.TempDatabaseFile();
        await using var server = await InProcessServer.StartAsync(database.Path);
        var address = server.Address;
        var run = await Task.Run(() => CliRun.Of("loadtest", "--url", address, "--learners", "2", "--duration", "3", "--replies", "connector", "--json", "--database", database.Path));

        Assert.True(run.ExitCode == 0, run.Error);
        var report = JsonNode.Parse(run.Output)!.AsObject();
        Assert.True((long)report["errors"]! == 0, run.Output);
        // Answers are only acknowledged from feedback read off the connector, so replies did arrive there.
        Assert.True((long)report["acknowledged"]! > 0, run.Output);
        Assert.True((long)report["lost"]! == 0, run.Output);
        Assert.Equal((long)report["acknowledged"]!, database.Count("SELECT COUNT(*) FROM attempts WHERE channel_id = 'loadtest'"));
    }

    [Fact]
    public async Task With_a_think_time_learners_pause_between_turns_and_every_answer_is_still_stored()
    {
        using var database = new Database.TempDatabaseFile();
        await using var server = await InProcessServer.StartAsync(database.Path);
        var address = server.Address;
        var run = await Task.Run(() => CliRun.Of("loadtest", "--url", address, "--learners", "2", "--duration", "3", "--think-time", "0.5", "--json", "--database", database.Path));

        Assert.True(run.ExitCode == 0, run.Error);
        var report = JsonNode.Parse(run.Output)!.AsObject();
        Assert.Equal(0.5, (double)report["thinkTimeSeconds"]!);
        // Every pause is at least 0.25 s, so in 3 s a learner talks at most 12 times (a re-join sends 2), after its 2 join turns.
        Assert.InRange((long)report["turns"]!, 2 * 2 + 1, 2 * (2 + (12 * 2)));
        Assert.True((long)report["errors"]! == 0, run.Output);
        Assert.True((long)report["lost"]! == 0, run.Output);
        Assert.Equal((long)report["acknowledged"]!, database.Count("SELECT COUNT(*) FROM attempts WHERE channel_id = 'loadtest'"));
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("601")]
    [InlineData("NaN")]
    public void A_think_time_out_of_range_is_a_usage_error(string seconds)
    {
        var run = CliRun.Of("loadtest", "--url", "http://127.0.0.1:9/", "--think-time", seconds);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--think-time", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_reply_mode_is_a_usage_error()
    {
        var run = CliRun.Of("loadtest", "--url", "http://127.0.0.1:9/", "--replies", "pigeon");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("pigeon", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_database_the_lost_answer_check_is_skipped_and_said_so()
    {
        using var database = new Database.TempDatabaseFile();
        await using var server = await InProcessServer.StartAsync(database.Path);
        var address = server.Address;
        var run = await Task.Run(() => CliRun.Of("loadtest", "--url", address, "--learners", "1", "--duration", "1"));

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("not checked", run.Output, StringComparison.Ordinal);
        Assert.Matches(@"turns\s+[1-9]", run.Output);
    }

    [Theory]
    [InlineData("not a url", "--url")]
    [InlineData("ftp://127.0.0.1/", "--url")]
    public void A_bad_url_is_a_usage_error(string url, string named)
    {
        var run = CliRun.Of("loadtest", "--url", url, "--learners", "1", "--duration", "1");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(named, run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--learners", "0")]
    [InlineData("--duration", "0")]
    public void Fewer_than_one_learner_or_second_is_a_usage_error(string option, string value)
    {
        var run = CliRun.Of("loadtest", "--url", "http://127.0.0.1:9/", option, value);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(option, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unreachable_server_fails_fast_with_a_message()
    {
        // Port 9 (discard) on loopback has no listener here: the connection is refused at once.
        var run = CliRun.Of("loadtest", "--url", "http://127.0.0.1:9/", "--learners", "1", "--duration", "1");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("cannot reach the server at http://127.0.0.1:9/", run.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Output);
    }

    [Fact]
    public void A_database_that_does_not_exist_is_refused_before_any_load()
    {
        using var database = new Database.TempDatabaseFile();
        var run = CliRun.Of("loadtest", "--url", "http://127.0.0.1:9/", "--learners", "1", "--duration", "1", "--database", database.Path);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("there is no database at", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(database.Path));
    }
}
