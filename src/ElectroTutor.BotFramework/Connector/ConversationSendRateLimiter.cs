namespace ElectroTutor.BotFramework.Connector;

/// <summary>
/// Paces sends per conversation so that no sliding window holds more sends than its limit (Teams: 7 per second, 8 per two
/// seconds, 60 per 30 s). A send waits for its slot rather than failing. Each conversation keeps only the times of its last
/// few sends, in order, and the number of conversations remembered is bounded, idle ones being forgotten first.
/// </summary>
/// <remarks>
/// A token bucket with room for 7 that refills at 7 per second would let up to 14 sends through within one second (a full
/// bucket plus a second of refill); keeping the last sends' times enforces the windows exactly.
/// </remarks>
public sealed class ConversationSendRateLimiter
{
    private readonly ConnectorSendLimit[] limits;
    private readonly int historyLength;
    private readonly TimeSpan longestWindow;
    private readonly int maxConversations;
    private readonly TimeProvider timeProvider;
    private readonly Dictionary<string, SendHistory> conversations = new(StringComparer.Ordinal);
    private readonly Lock gate = new();

    /// <summary>Creates a limiter for the given limits.</summary>
    /// <param name="limits">The windows to respect; at least one.</param>
    /// <param name="maxConversations">How many conversations to remember at most.</param>
    /// <param name="timeProvider">The clock that slots are measured and waited on.</param>
    public ConversationSendRateLimiter(IReadOnlyList<ConnectorSendLimit> limits, int maxConversations, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(limits);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxConversations, 1);
        if (limits.Count == 0 || limits.Any(l => l.MaxSends < 1 || l.Window <= TimeSpan.Zero))
        {
            throw new ArgumentException("Give at least one limit, each with MaxSends ≥ 1 and a positive Window.", nameof(limits));
        }

        this.limits = [.. limits];
        historyLength = this.limits.Max(l => l.MaxSends);
        longestWindow = this.limits.Max(l => l.Window);
        this.maxConversations = maxConversations;
        this.timeProvider = timeProvider;
    }

    /// <summary>Number of conversations currently remembered.</summary>
    public int TrackedConversations
    {
        get
        {
            lock (gate)
            {
                return conversations.Count;
            }
        }
    }

    /// <summary>
    /// Books the next free slot for one send to the conversation and returns how long to wait for it (zero when it may go
    /// now). Slots are handed out in call order, so sends to one conversation keep their order.
    /// </summary>
    public TimeSpan Reserve(string conversationKey)
    {
        ArgumentNullException.ThrowIfNull(conversationKey);
        var now = timeProvider.GetUtcNow();
        lock (gate)
        {
            if (!conversations.TryGetValue(conversationKey, out var history))
            {
                EvictIfFull(now);
                history = new SendHistory(historyLength);
                conversations[conversationKey] = history;
            }

            var slot = history.Latest is { } latest && latest > now ? latest : now;
            foreach (var limit in limits)
            {
                if (history.NthLatest(limit.MaxSends) is { } oldestInWindow && oldestInWindow + limit.Window > slot)
                {
                    slot = oldestInWindow + limit.Window;
                }
            }

            history.Add(slot);
            return slot - now;
        }
    }

    /// <summary>Books a slot with <see cref="Reserve"/> and waits for it on the limiter's clock.</summary>
    public async Task WaitAsync(string conversationKey, CancellationToken cancellationToken)
    {
        var wait = Reserve(conversationKey);
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, timeProvider, cancellationToken);
        }
    }

    private void EvictIfFull(DateTimeOffset now)
    {
        if (conversations.Count < maxConversations)
        {
            return;
        }

        // Conversations whose last send is older than the longest window no longer constrain anything.
        foreach (var idle in conversations.Where(c => c.Value.Latest + longestWindow <= now).Select(c => c.Key).ToList())
        {
            conversations.Remove(idle);
        }

        if (conversations.Count >= maxConversations)
        {
            conversations.Remove(conversations.MinBy(c => c.Value.Latest).Key);
        }
    }

    /// <summary>The times of a conversation's last sends, oldest overwritten first.</summary>
    private sealed class SendHistory(int capacity)
    {
        private readonly DateTimeOffset[] times = new DateTimeOffset[capacity];
        private int count;
        private int next;

        public DateTimeOffset? Latest => NthLatest(1);

        /// <summary>The time of the n-th most recent send (1 = the latest), or null when fewer were made.</summary>
        public DateTimeOffset? NthLatest(int n) =>
            n <= count ? times[(next - n + times.Length) % times.Length] : null;

        public void Add(DateTimeOffset time)
        {
            times[next] = time;
            next = (next + 1) % times.Length;
            count = Math.Min(count + 1, times.Length);
        }
    }
}
