using ElectroTutor.BotFramework.Schema;

namespace ElectroTutor.BotFramework.Hosting;

/// <summary>
/// Everything one turn sends, one at a time and in order: replies are addressed to the inbound activity, and the time of the
/// last send decides when a typing indicator is due. After <see cref="EndAsync"/> nothing more can be sent.
/// </summary>
internal sealed class TurnOutbox(Activity inbound, IReplyTarget target, TimeProvider time) : IDisposable
{
    private readonly SemaphoreSlim gate = new(initialCount: 1, maxCount: 1);
    private long lastSendTimestamp = time.GetTimestamp();
    private bool hasSent;
    private bool ended;

    public async Task<IReadOnlyList<ResourceResponse>> SendAsync(IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        ThrowIfEnded();
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ThrowIfEnded();
            var responses = new List<ResourceResponse>(activities.Count);
            foreach (var activity in activities)
            {
                responses.Add(await target.SendAsync(inbound.AddressReply(activity), cancellationToken).ConfigureAwait(false));
                MarkSent();
            }

            return responses;
        }
        finally
        {
            gate.Release();
        }
    }

    public async Task<ResourceResponse> UpdateAsync(string activityId, Activity activity, CancellationToken cancellationToken)
    {
        ThrowIfEnded();
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ThrowIfEnded();
            return await target.UpdateAsync(activityId, inbound.AddressReply(activity) with { Id = activityId }, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>How long until a typing indicator is due: <paramref name="delay"/> of silence before anything was sent, <paramref name="interval"/> after.</summary>
    public TimeSpan TimeUntilTyping(TimeSpan delay, TimeSpan interval)
    {
        var quiet = Volatile.Read(ref hasSent) ? interval : delay;
        return quiet - time.GetElapsedTime(Volatile.Read(ref lastSendTimestamp));
    }

    /// <summary>Sends a typing indicator unless something else went out meanwhile (checked under the send gate, so typing never trails a reply).</summary>
    public async Task SendTypingIfDueAsync(TimeSpan delay, TimeSpan interval, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (ended || TimeUntilTyping(delay, interval) > TimeSpan.Zero)
                return;

            await target.SendAsync(inbound.AddressReply(new Activity { Type = ActivityTypes.Typing }), cancellationToken).ConfigureAwait(false);
            MarkSent();
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Closes the outbox once the turn is over; waits for a send in progress.</summary>
    public async Task EndAsync()
    {
        await gate.WaitAsync().ConfigureAwait(false);
        Volatile.Write(ref ended, value: true);
        gate.Release();
    }

    public void Dispose() => gate.Dispose();

    private void MarkSent()
    {
        Volatile.Write(ref lastSendTimestamp, time.GetTimestamp());
        Volatile.Write(ref hasSent, value: true);
    }

    private void ThrowIfEnded()
    {
        if (Volatile.Read(ref ended))
            throw new InvalidOperationException("The turn has ended; replies can no longer be sent through its context.");
    }
}
