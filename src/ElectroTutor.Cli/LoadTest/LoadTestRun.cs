using System.Diagnostics;
using System.Globalization;
using ElectroTutor.Simulation.Scenarios;
using ElectroTutor.Tutoring.Bank;

namespace ElectroTutor.Cli.LoadTest;

/// <summary>Runs <see cref="SimulatedConversation"/>s side by side against one server over one shared connection pool.</summary>
internal static class LoadTestRun
{
    /// <summary>How long one request may take before it counts as an error.</summary>
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(30);

    /// <summary>A client whose pool has a connection for every learner, so learners never queue for one on the client side.</summary>
    public static HttpClient CreateClient(int learners) => new(new SocketsHttpHandler
    {
        MaxConnectionsPerServer = Math.Max(learners, 2),
        PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        UseCookies = false,
        AllowAutoRedirect = false,
    })
    {
        Timeout = RequestTimeout,
    };

    /// <summary>Runs <paramref name="settings"/> against the server, serving a loopback connector for the run when replies come through one.</summary>
    public static async Task<(IReadOnlyList<LearnerTally> Tallies, TimeSpan Elapsed)> RunAsync(HttpClient client, LoadTestSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var messagesUri = new Uri(settings.BaseUri, "api/messages");
        if (settings.Replies == ReplyDelivery.ExpectReplies)
        {
            return await RunAsync(client, messagesUri, settings, connector: null, cancellationToken).ConfigureAwait(false);
        }

        var connector = await LoopbackConnector.StartAsync(cancellationToken).ConfigureAwait(false);
        await using (connector.ConfigureAwait(false))
        {
            return await RunAsync(client, messagesUri, settings, connector, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Lets the settings' learners join, then holds their conversations for its duration, each learner pausing for about
    /// its think time between turns; each learner finishes its turn in flight. The elapsed time returned covers the joins
    /// too, as do the turns counted. With a <paramref name="connector"/>, replies are posted there by the server instead
    /// of coming back in the responses.
    /// </summary>
    private static async Task<(IReadOnlyList<LearnerTally> Tallies, TimeSpan Elapsed)> RunAsync(
        HttpClient client, Uri messagesUri, LoadTestSettings settings, LoopbackConnector? connector, CancellationToken cancellationToken)
    {
        var runId = Guid.NewGuid().ToString("N")[..8];
        var duration = settings.Duration;

        // Learners work out answers to items the server has just generated; generating each once for all of them keeps
        // the load generator, which shares the machine with the server, from taking CPU the measurement should leave to it.
        var answers = new AnswerKey(settings.Bank, MemoizedScenarioModel.Memoize(ScenarioCatalog.Default));
        var conversations = Enumerable.Range(1, settings.Learners)
            .Select(index => new SimulatedConversation(client, messagesUri, answers, runId, index, connector) { ThinkTime = settings.ThinkTime })
            .ToList();
        try
        {
            // Everyone joins first, so the timed window measures conversations under way, not a cold server warming up.
            var started = Stopwatch.GetTimestamp();
            await Task.WhenAll(conversations.Select(c => Task.Run(() => c.ArriveAsync(cancellationToken), cancellationToken))).ConfigureAwait(false);
            var deadline = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
            await Task.WhenAll(conversations.Select(c => Task.Run(() => c.TalkAsync(deadline, cancellationToken), cancellationToken))).ConfigureAwait(false);
            return ([.. conversations.Select(c => c.Tally)], Stopwatch.GetElapsedTime(started));
        }
        finally
        {
            conversations.ForEach(c => c.Dispose());
        }
    }

    /// <summary>Sums the learners' tallies into the report; <paramref name="lost"/> is null when the database was not checked.</summary>
    public static LoadTestReport Report(IReadOnlyList<LearnerTally> tallies, TimeSpan elapsed, long? lost)
    {
        var latencies = LatencyPercentiles.Of(tallies.SelectMany(t => t.LatenciesMs));
        long turns = tallies.Sum(t => t.LatenciesMs.Count);
        return new LoadTestReport
        {
            Learners = tallies.Count,
            DurationSeconds = Math.Round(elapsed.TotalSeconds, 3),
            Turns = turns,
            TurnsPerSecond = Math.Round(turns / Math.Max(elapsed.TotalSeconds, 1e-9), 1),
            P50Ms = Math.Round(latencies.P50Ms, 2),
            P95Ms = Math.Round(latencies.P95Ms, 2),
            P99Ms = Math.Round(latencies.P99Ms, 2),
            MaxMs = Math.Round(latencies.MaxMs, 2),
            Errors = tallies.Sum(t => (long)t.Errors),
            Acknowledged = tallies.Sum(t => (long)t.Acknowledged.Count),
            Conversations = tallies.Sum(t => t.Conversations),
            Lost = lost,
            FirstError = tallies.Select(t => t.FirstError).FirstOrDefault(e => e is not null),
        };
    }

    /// <summary>The report as an aligned plain-text table.</summary>
    public static string Table(LoadTestReport report)
    {
        var rows = new (string Name, string Value)[]
        {
            ("learners", Format(report.Learners)),
            ("think time (s)", Format(report.ThinkTimeSeconds)),
            ("conversations", Format(report.Conversations)),
            ("duration (s)", Format(report.DurationSeconds)),
            ("turns", Format(report.Turns)),
            ("turns/s", Format(report.TurnsPerSecond)),
            ("latency p50 (ms)", Format(report.P50Ms)),
            ("latency p95 (ms)", Format(report.P95Ms)),
            ("latency p99 (ms)", Format(report.P99Ms)),
            ("latency max (ms)", Format(report.MaxMs)),
            ("errors", Format(report.Errors)),
            ("acknowledged", Format(report.Acknowledged)),
            ("lost", report.Lost is { } lost ? Format(lost) : "not checked (pass --database with the server's database)"),
        };
        var width = rows.Max(r => r.Name.Length);
        var lines = rows.Select(r => r.Name.PadRight(width) + "  " + r.Value);
        if (report.FirstError is { } first)
        {
            lines = lines.Append("first error".PadRight(width) + "  " + first);
        }

        return string.Join(Environment.NewLine, lines);
    }

    private static string Format(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
