using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using ElectroTutor.Cli.Database;
using ElectroTutor.Cli.Output;
using ElectroTutor.Data.Connection;
using ElectroTutor.Data.Content;

namespace ElectroTutor.Cli.LoadTest;

/// <summary>
/// <c>electrotutor loadtest</c>: simulated learners hold real conversations with a running tutor server at the same
/// time, and the run reports throughput, request latency percentiles, errors, and — given the server's database —
/// whether any answer the tutor acknowledged is missing from the stored attempts.
/// </summary>
internal static class LoadTestCommand
{
    private const int MaximumLearners = 10_000;
    private const double MaximumThinkSeconds = 600;

    private static readonly TimeSpan ReachTimeout = TimeSpan.FromSeconds(5);

    public static Command Create(TextWriter output, TextWriter error)
    {
        var url = new Option<string>("--url") { Description = "The tutor server's base address, e.g. http://127.0.0.1:5000.", Required = true };
        var learners = new Option<int>("--learners") { Description = "Simulated learners talking at the same time (default 16).", DefaultValueFactory = _ => 16 };
        var duration = new Option<int>("--duration") { Description = "Seconds to keep talking once every learner has joined and has a question (default 20); turns in flight then finish.", DefaultValueFactory = _ => 20 };
        var think = ThinkTimeOption();
        var json = new Option<bool>("--json") { Description = "Print the figures as JSON." };
        var bank = new Option<string>("--bank") { Description = "The bank folder the server uses (default: the data/ folder found above the current directory)." };
        var database = new Option<string>("--database")
        {
            Description = "The server's database (a SQLite file or connection string, as the server's Tutor connection string); without it the lost-answer check is skipped.",
        };
        var replies = new Option<string>("--replies")
        {
            Description = "How replies come back: 'expectReplies' in each response (default), or 'connector': the server posts them to a loopback connector this command serves, as a channel would.",
            DefaultValueFactory = _ => "expectReplies",
        };
        replies.AcceptOnlyFromAmong("expectReplies", "connector");
        var command = new Command("loadtest", "Hold conversations with a running tutor server from many simulated learners and report latency and lost answers.")
        {
            url, learners, duration, think, json, bank, database, replies,
        };
        command.SetAction((parse, cancellationToken) => DatabaseOptions.Guard("loadtest", error, parse, database, async _ =>
        {
            var learnerCount = parse.GetValue(learners);
            var seconds = parse.GetValue(duration);
            var thinkSeconds = parse.GetValue(think);
            if (Problem(parse.GetValue(url), learnerCount, seconds, thinkSeconds, out var baseUri) is { } problem)
            {
                await error.WriteLineAsync($"electrotutor loadtest: {problem}").ConfigureAwait(false);
                return ElectroTutorCommand.UsageError;
            }

            var checkedDatabase = parse.GetValue(database) is { } given ? TutorDatabase.FromOptionOrEnvironment(given) : null;
            if (checkedDatabase is { Exists: false })
            {
                await error.WriteLineAsync($"electrotutor loadtest: there is no database at {checkedDatabase.Location}; pass the file the server writes to.").ConfigureAwait(false);
                return ElectroTutorCommand.InputError;
            }

            var folder = BankFolder.Find(parse.GetValue(bank));
            if ((folder is null ? null : BankFolder.Load(folder))?.Bank is not { } questionBank)
            {
                await error.WriteLineAsync("electrotutor loadtest: cannot load the question bank the answers are computed from; pass --bank DIR.").ConfigureAwait(false);
                return ElectroTutorCommand.InputError;
            }

            using var client = LoadTestRun.CreateClient(learnerCount);
            if (await UnreachableAsync(client, baseUri!, cancellationToken).ConfigureAwait(false) is { } unreachable)
            {
                await error.WriteLineAsync($"electrotutor loadtest: cannot reach the server at {baseUri}: {unreachable}").ConfigureAwait(false);
                return ElectroTutorCommand.InputError;
            }

            var delivery = parse.GetValue(replies) == "connector" ? ReplyDelivery.Connector : ReplyDelivery.ExpectReplies;
            var settings = new LoadTestSettings(baseUri!, questionBank, learnerCount, TimeSpan.FromSeconds(seconds), delivery) { ThinkTime = TimeSpan.FromSeconds(thinkSeconds) };
            return await RunAsync(client, settings, checkedDatabase, parse.GetValue(json), output, error, cancellationToken).ConfigureAwait(false);
        }));
        return command;
    }

    /// <summary>Runs the learners, checks the database if one was given, and prints the figures; a cancelled run prints none.</summary>
    private static async Task<int> RunAsync(
        HttpClient client, LoadTestSettings settings, TutorDatabase? checkedDatabase, bool json, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        IReadOnlyList<LearnerTally> tallies;
        TimeSpan elapsed;
        try
        {
            (tallies, elapsed) = await LoadTestRun.RunAsync(client, settings, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await error.WriteLineAsync("electrotutor loadtest: stopped before the run finished; no figures.").ConfigureAwait(false);
            return ElectroTutorCommand.InputError;
        }

        long? lost = checkedDatabase is null ? null : await LostAnswerCheck.CountLostAsync(checkedDatabase, tallies, cancellationToken).ConfigureAwait(false);
        var report = LoadTestRun.Report(tallies, elapsed, lost) with { ThinkTimeSeconds = settings.ThinkTime.TotalSeconds };
        await output.WriteLineAsync(json ? JsonSerializer.Serialize(report, Json.Options) : LoadTestRun.Table(report)).ConfigureAwait(false);
        return 0;
    }

    private static Option<double> ThinkTimeOption() => new("--think-time")
    {
        Description = "Mean seconds a learner pauses between a reply and their next message (default 0: at once, which measures capacity; students reading and typing take seconds).",
    };

    /// <summary>What is wrong with the arguments, or null; <paramref name="baseUri"/> ends with a slash so paths append.</summary>
    private static string? Problem(string? url, int learners, int seconds, double thinkSeconds, out Uri? baseUri)
    {
        baseUri = null;
        if (!Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var parsed) || (parsed.Scheme != Uri.UriSchemeHttp && parsed.Scheme != Uri.UriSchemeHttps))
        {
            return $"--url needs an absolute http:// or https:// address, not '{url}'.";
        }

        if (learners is < 1 or > MaximumLearners)
        {
            return $"--learners needs a number from 1 to {MaximumLearners}, not {learners}.";
        }

        if (seconds < 1)
        {
            return $"--duration needs at least 1 second, not {seconds}.";
        }

        if (!double.IsFinite(thinkSeconds) || thinkSeconds is < 0 or > MaximumThinkSeconds)
        {
            return $"--think-time needs seconds from 0 to {MaximumThinkSeconds}, not {thinkSeconds.ToString(CultureInfo.InvariantCulture)}.";
        }

        baseUri = parsed.AbsoluteUri.EndsWith('/') ? parsed : new Uri(parsed.AbsoluteUri + "/");
        return null;
    }

    /// <summary>Asks the server for its root once; any HTTP answer means it is there. Returns why not, or null.</summary>
    private static async Task<string?> UnreachableAsync(HttpClient client, Uri baseUri, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(ReachTimeout);
        try
        {
            using var response = await client.GetAsync(baseUri, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
            return null;
        }
        catch (HttpRequestException exception)
        {
            return exception.Message;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return $"no answer within {ReachTimeout.TotalSeconds:0} seconds.";
        }
    }
}
