namespace ElectroTutor.BotFramework.Connector;

/// <summary>Retry and pacing settings of <see cref="ConnectorClient"/>.</summary>
public sealed class ConnectorOptions
{
    /// <summary>
    /// Teams' per-bot, per-conversation send limits that fit in a small memory: 7 in 1 s, 8 in 2 s, 60 in 30 s.
    /// (The hourly 1800 would need 1800 timestamps per conversation; a tutoring turn sends one to three activities.)
    /// </summary>
    public static readonly IReadOnlyList<ConnectorSendLimit> TeamsSendLimits =
    [
        new(7, TimeSpan.FromSeconds(1)),
        new(8, TimeSpan.FromSeconds(2)),
        new(60, TimeSpan.FromSeconds(30)),
    ];

    /// <summary>How many times one send is tried in all, counting the first (default 4).</summary>
    public int MaxAttempts { get; set; } = 4;

    /// <summary>The backoff before the second attempt; it doubles for each later one, with jitter (default 1 s).</summary>
    public TimeSpan InitialRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// The longest wait before a retry (default 10 s). When the channel's <c>Retry-After</c> asks for longer, the send gives up
    /// rather than retry too early.
    /// </summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The per-conversation send limits that outbound calls wait for.</summary>
    public IReadOnlyList<ConnectorSendLimit> SendLimits { get; set; } = TeamsSendLimits;

    /// <summary>How many conversations the rate limiter remembers at most; idle ones are forgotten first.</summary>
    public int MaxTrackedConversations { get; set; } = 4096;

    /// <summary>
    /// Whether sends without a token (local mode) may go to a service URL outside this machine. Off by default: an
    /// unauthenticated bot would otherwise post wherever an inbound activity's <c>serviceUrl</c> pointed.
    /// </summary>
    public bool AllowAnonymousRemoteServiceUrls { get; set; }

    /// <summary>Lists every setting out of range, each as a sentence; empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (MaxAttempts < 1)
        {
            errors.Add("MaxAttempts must be at least 1.");
        }

        if (InitialRetryDelay < TimeSpan.Zero || MaxRetryDelay < TimeSpan.Zero)
        {
            errors.Add("InitialRetryDelay and MaxRetryDelay must not be negative.");
        }

        if (MaxTrackedConversations < 1)
        {
            errors.Add("MaxTrackedConversations must be at least 1.");
        }

        if (SendLimits is null || SendLimits.Count == 0 || SendLimits.Any(l => l.MaxSends is < 1 or > 1000 || l.Window <= TimeSpan.Zero))
        {
            errors.Add("SendLimits needs at least one limit, each with MaxSends between 1 and 1000 and a positive Window.");
        }

        return errors;
    }
}
