using System.Text;
using ElectroTutor.BotFramework.Connector;
using ElectroTutor.BotFramework.Schema;

namespace ElectroTutor.BotFramework.Tests.Hosting;

/// <summary>A connector that records what would have been posted and answers with sequential ids (or a configured failure).</summary>
internal sealed class RecordingConnectorClient : IConnectorClient
{
    private readonly Lock gate = new();
    private readonly List<SentActivity> sent = [];
    private readonly List<(Func<SentActivity, bool> Match, TaskCompletionSource Signal)> waiters = [];

    /// <summary>When set, every send answers with this instead of success.</summary>
    public ConnectorResponse? Failure { get; set; }

    public IReadOnlyList<SentActivity> Sent
    {
        get
        {
            lock (gate)
                return [.. sent];
        }
    }

    public Task<ConnectorResponse> SendActivityAsync(Uri serviceUrl, string conversationId, string? replyToId, ReadOnlyMemory<byte> activityJson, CancellationToken cancellationToken = default) =>
        Task.FromResult(Record(new SentActivity("POST", serviceUrl, conversationId, replyToId, Parse(activityJson))));

    public Task<ConnectorResponse> UpdateActivityAsync(Uri serviceUrl, string conversationId, string activityId, ReadOnlyMemory<byte> activityJson, CancellationToken cancellationToken = default) =>
        Task.FromResult(Record(new SentActivity("PUT", serviceUrl, conversationId, activityId, Parse(activityJson))));

    /// <summary>Completes once an activity matching <paramref name="match"/> has been sent (fails the test after 10 s).</summary>
    public Task WaitForAsync(Func<SentActivity, bool> match)
    {
        var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (gate)
        {
            if (sent.Any(match))
                return Task.CompletedTask;
            waiters.Add((match, signal));
        }

        return signal.Task.WaitAsync(TimeSpan.FromSeconds(10));
    }

    private ConnectorResponse Record(SentActivity activity)
    {
        lock (gate)
        {
            sent.Add(activity);
            foreach (var waiter in waiters.Where(w => w.Match(activity)).ToList())
            {
                waiter.Signal.TrySetResult();
                waiters.Remove(waiter);
            }

            return Failure ?? new ConnectorResponse(Succeeded: true, StatusCode: 200, ActivityId: $"sent-{sent.Count}", Error: null);
        }
    }

    private static Activity Parse(ReadOnlyMemory<byte> json)
    {
        var result = ActivityReader.Read(json.Span);
        return result.Activity ?? throw new InvalidOperationException(result.Message + " " + Encoding.UTF8.GetString(json.Span));
    }
}
