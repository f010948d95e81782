using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;

namespace ElectroTutor.Cli.LoadTest;

/// <summary>
/// One simulated learner talking to the tutor over <c>POST /api/messages</c>, with replies in the response
/// (<c>deliveryMode: expectReplies</c>) or, given a <see cref="LoopbackConnector"/>, posted by the server to it: joins, types <c>start</c>, then answers each question the tutor asks (right as often as its
/// <see cref="PracticeCurve"/> says), now and then asking for a hint or its progress, until the deadline.
/// Every activity has a fresh id; the activity buffer and JSON writer are reused from turn to turn.
/// </summary>
internal sealed class SimulatedConversation : IDisposable
{
    /// <summary>The channel id every simulated learner uses, so their records are easy to find and remove.</summary>
    public const string ChannelId = "loadtest";

    private const double HintChance = 0.05;
    private const double ProgressChance = 0.03;

    private static readonly MediaTypeHeaderValue JsonMediaType = new("application/json") { CharSet = "utf-8" };

    private readonly HttpClient client;
    private readonly Uri messagesUri;
    private readonly AnswerKey answerKey;
    private readonly LoopbackConnector? connector;
    private readonly Random random;
    private readonly string runId;
    private readonly int seat;
    private string userId = string.Empty;
    private string conversationId = string.Empty;
    private PracticeCurve curve;
    private readonly ArrayBufferWriter<byte> buffer = new(1024);
    private readonly Utf8JsonWriter writer;
    private int activityNumber;
    private int answersGiven;
    private string? openItemId;
    private bool skipOpenQuestion;
    private int turnsWithoutQuestion;

    /// <summary>A learner in seat <paramref name="seat"/> of run <paramref name="runId"/>, answering from <paramref name="answerKey"/>.</summary>
    /// <param name="client">The shared connection pool.</param>
    /// <param name="messagesUri">The server's <c>/api/messages</c>.</param>
    /// <param name="answerKey">Computes right and wrong answers to the items asked.</param>
    /// <param name="runId">Makes this run's user and conversation ids unique.</param>
    /// <param name="seat">The seat number, also the seed of this learner's random choices.</param>
    /// <param name="connector">Where the server posts replies; null to ask for them in the response (expectReplies).</param>
    public SimulatedConversation(HttpClient client, Uri messagesUri, AnswerKey answerKey, string runId, int seat, LoopbackConnector? connector = null)
    {
        this.connector = connector;
        this.runId = runId;
        this.seat = seat;
        this.client = client;
        this.messagesUri = messagesUri;
        this.answerKey = answerKey;
        random = new Random(seat);
        curve = PracticeCurve.Draw(random);
        writer = new Utf8JsonWriter(buffer);
    }

    /// <summary>What this learner has seen so far.</summary>
    public LearnerTally Tally { get; } = new();

    /// <summary>A new learner takes the seat: joins a new conversation and asks for the first question.</summary>
    public async Task JoinAsync(CancellationToken cancellationToken)
    {
        Tally.Conversations++;
        var who = Tally.Conversations == 1 ? string.Empty : string.Create(CultureInfo.InvariantCulture, $".{Tally.Conversations}");
        userId = string.Create(CultureInfo.InvariantCulture, $"loadtest-{runId}-learner-{seat}{who}");
        conversationId = string.Create(CultureInfo.InvariantCulture, $"loadtest-{runId}-conversation-{seat}{who}");
        curve = PracticeCurve.Draw(random);
        answersGiven = 0;
        activityNumber = 0;
        openItemId = null;
        skipOpenQuestion = false;
        turnsWithoutQuestion = 0;
        await SendAsync("conversationUpdate", null, null, cancellationToken).ConfigureAwait(false);
        await SendAsync("message", "start", null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Holds the conversation until <paramref name="deadline"/> (a <see cref="Stopwatch"/> timestamp); a turn in flight is finished.</summary>
    public async Task TalkAsync(long deadline, CancellationToken cancellationToken)
    {
        while (Stopwatch.GetTimestamp() < deadline && !cancellationToken.IsCancellationRequested)
        {
            if (!await ThinkAsync(deadline, cancellationToken).ConfigureAwait(false))
            {
                return;
            }

            var draw = random.NextDouble();
            if (skipOpenQuestion)
            {
                // The last try was not gradable: move on rather than repeat it.
                skipOpenQuestion = false;
                await SendAsync("message", "skip", null, cancellationToken).ConfigureAwait(false);
            }
            else if (turnsWithoutQuestion >= 2)
            {
                // Nothing left to practise (everything mastered): this learner leaves and a new one sits down.
                await JoinAsync(cancellationToken).ConfigureAwait(false);
            }
            else if (openItemId is null)
            {
                await SendAsync("message", "next", null, cancellationToken).ConfigureAwait(false);
                turnsWithoutQuestion = openItemId is null ? turnsWithoutQuestion + 1 : 0;
            }
            else if (draw < HintChance)
            {
                await SendAsync("message", "hint", null, cancellationToken).ConfigureAwait(false);
            }
            else if (draw < HintChance + ProgressChance)
            {
                await SendAsync("message", "progress", null, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await AnswerAsync(openItemId, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// The learner's mean pause between a reply and their next message (zero: none). Each pause is drawn uniformly
    /// from half to one and a half times it, so learners do not fall into step.
    /// </summary>
    public TimeSpan ThinkTime { get; init; }

    /// <summary>
    /// Joins, after a pause drawn uniformly from zero to twice the think time: with a think time, learners arrive
    /// spread out as a class does, not all in the same millisecond.
    /// </summary>
    public async Task ArriveAsync(CancellationToken cancellationToken)
    {
        if (ThinkTime > TimeSpan.Zero)
        {
            await Task.Delay(ThinkTime * (2 * random.NextDouble()), cancellationToken).ConfigureAwait(false);
        }

        await JoinAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Pauses before the next message; false when the run's deadline came first.</summary>
    private async Task<bool> ThinkAsync(long deadline, CancellationToken cancellationToken)
    {
        if (ThinkTime <= TimeSpan.Zero)
        {
            return true;
        }

        var pause = ThinkTime * (0.5 + random.NextDouble());
        var left = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), deadline);
        if (left <= pause)
        {
            return false;
        }

        await Task.Delay(pause, cancellationToken).ConfigureAwait(false);
        return true;
    }

    private async Task AnswerAsync(string itemId, CancellationToken cancellationToken)
    {
        var right = random.NextDouble() < curve.ChanceOfRightAnswer(answersGiven);
        var answer = answerKey.Answer(itemId, right);
        if (answer is null)
        {
            // Not an item of the bank this tool loaded: ask for another rather than send nonsense.
            openItemId = null;
            return;
        }

        answersGiven++;
        await SendAsync("message", null, (itemId, answer), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Posts one activity, times it, and reads the tutor's replies for the open question and any feedback.</summary>
    private async Task SendAsync(string type, string? text, (string ItemId, string Answer)? answer, CancellationToken cancellationToken)
    {
        var activityId = string.Create(CultureInfo.InvariantCulture, $"{conversationId}-{++activityNumber}");
        WriteActivity(activityId, type, text, answer);
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var content = new ReadOnlyMemoryContent(buffer.WrittenMemory);
            content.Headers.ContentType = JsonMediaType;
            using var response = await client.PostAsync(messagesUri, content, cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
                Fail(started, string.Create(CultureInfo.InvariantCulture, $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}"));
                return;
            }

            if (connector is null)
            {
                await ReadExpectedRepliesAsync(response, started, activityId, answer is not null, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await ReadConnectorRepliesAsync(response, connector.Inbox, started, activityId, answer is not null, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // A failed request is a measured error of the server under load, never the end of the run.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            Fail(started, exception.Message);
        }
    }

    private void Fail(long started, string why)
    {
        Tally.LatenciesMs.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        Tally.Errors++;
        Tally.FirstError ??= why;
    }

    /// <summary>expectReplies: the replies are the response body; the turn's latency ends when it has been read.</summary>
    private async Task ReadExpectedRepliesAsync(HttpResponseMessage response, long started, string activityId, bool answered, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (body.ConfigureAwait(false))
        {
            using var replies = await JsonDocument.ParseAsync(body, cancellationToken: cancellationToken).ConfigureAwait(false);
            Tally.LatenciesMs.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            var root = replies.RootElement;
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("activities", out var activities) && activities.ValueKind == JsonValueKind.Array)
            {
                Read(activities.EnumerateArray(), activityId, answered);
            }
        }
    }

    /// <summary>
    /// Connector: the server answers the POST once the turn's replies have been posted to the loopback connector (each send
    /// waits for the connector's answer), so they are all in the inbox by then; the turn's latency ends at the last one's arrival.
    /// </summary>
    private async Task ReadConnectorRepliesAsync(
        HttpResponseMessage response, ReplyInbox inbox, long started, string activityId, bool answered, CancellationToken cancellationToken)
    {
        await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        var answeredAt = Stopwatch.GetTimestamp();
        var received = inbox.Take(activityId);
        var lastArrival = received.Count == 0 ? answeredAt : received.Max(r => r.ArrivedTimestamp);
        Tally.LatenciesMs.Add(Stopwatch.GetElapsedTime(started, lastArrival).TotalMilliseconds);
        var documents = received.Select(r => JsonDocument.Parse(r.Json)).ToList();
        try
        {
            Read(documents.Select(d => d.RootElement), activityId, answered);
        }
        finally
        {
            documents.ForEach(d => d.Dispose());
        }
    }

    private void Read(IEnumerable<JsonElement> activities, string activityId, bool answered)
    {
        string? asked = null;
        bool? canRetry = null;
        var counted = false;
        foreach (var activity in activities)
        {
            if (activity.ValueKind != JsonValueKind.Object
                || !activity.TryGetProperty("channelData", out var channelData) || channelData.ValueKind != JsonValueKind.Object
                || !channelData.TryGetProperty("electroTutor", out var data) || data.ValueKind != JsonValueKind.Object
                || !data.TryGetProperty("type", out var kind))
            {
                continue;
            }

            if (kind.ValueEquals("question") && data.TryGetProperty("question", out var question) && question.TryGetProperty("itemId", out var itemId))
            {
                asked = itemId.GetString();
            }
            else if (kind.ValueEquals("feedback") && data.TryGetProperty("feedback", out var feedback))
            {
                canRetry = feedback.TryGetProperty("canRetry", out var retry) && retry.ValueKind == JsonValueKind.True;
                counted = feedback.TryGetProperty("counted", out var stored) && stored.ValueKind == JsonValueKind.True;
            }
        }

        // Feedback that counts is graded and stored with the attempt; a try that does not count (unreadable) is not stored.
        if (answered && counted)
        {
            Tally.Acknowledged.Add(new AcknowledgedAnswer(userId, activityId));
        }

        skipOpenQuestion = answered && canRetry is not null && !counted && asked is null;

        // A new question replaces the open one; feedback without a retry closes it; anything else leaves it open.
        openItemId = asked ?? (canRetry == false ? null : openItemId);
    }

    private void WriteActivity(string activityId, string type, string? text, (string ItemId, string Answer)? answer)
    {
        buffer.ResetWrittenCount();
        writer.Reset(buffer);
        writer.WriteStartObject();
        writer.WriteString("type", type);
        writer.WriteString("id", activityId);
        writer.WriteString("channelId", ChannelId);
        if (connector is null)
        {
            writer.WriteString("serviceUrl", "http://127.0.0.1:9/");
            writer.WriteString("deliveryMode", "expectReplies");
        }
        else
        {
            writer.WriteString("serviceUrl", connector.ServiceUrl.AbsoluteUri);
        }

        WriteAccount("from", userId, "Load Learner");
        WriteAccount("recipient", "electrotutor", "ElectroTutor");
        writer.WriteStartObject("conversation");
        writer.WriteString("id", conversationId);
        writer.WriteEndObject();
        if (type == "conversationUpdate")
        {
            writer.WriteStartArray("membersAdded");
            writer.WriteStartObject();
            writer.WriteString("id", "electrotutor");
            writer.WriteEndObject();
            writer.WriteStartObject();
            writer.WriteString("id", userId);
            writer.WriteString("name", "Load Learner");
            writer.WriteEndObject();
            writer.WriteEndArray();
        }

        if (text is not null)
        {
            writer.WriteString("text", text);
        }

        if (answer is { } submitted)
        {
            writer.WriteStartObject("value");
            writer.WriteStartObject("electroTutor");
            writer.WriteString("action", "answer");
            writer.WriteString("itemId", submitted.ItemId);
            writer.WriteEndObject();
            writer.WriteString("answer", submitted.Answer);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        writer.Flush();
    }

    private void WriteAccount(string property, string id, string name)
    {
        writer.WriteStartObject(property);
        writer.WriteString("id", id);
        writer.WriteString("name", name);
        writer.WriteEndObject();
    }

    /// <summary>Releases the reused JSON writer.</summary>
    public void Dispose() => writer.Dispose();
}
