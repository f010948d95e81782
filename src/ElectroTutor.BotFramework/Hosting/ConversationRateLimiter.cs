using System.Threading.RateLimiting;

namespace ElectroTutor.BotFramework.Hosting;

/// <summary>
/// The per-conversation limit of <see cref="RateLimitOptions.PerConversation"/>, checked where the conversation is known:
/// by the messaging endpoint after reading the activity, and before Direct Line activities from the route.
/// </summary>
internal sealed class ConversationRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> limiter;

    public ConversationRateLimiter(RateLimitOptions options)
    {
        var rule = options.PerConversation;
        limiter = options.Enabled && rule.IsOn
            ? PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key, _ => rule.ToLimiterOptions()), StringComparer.Ordinal)
            : PartitionedRateLimiter.Create<string, string>(_ => RateLimitPartition.GetNoLimiter(string.Empty));
    }

    /// <summary>
    /// Takes a permit for the conversation <paramref name="key"/>; the lease says whether one was left and, if not, carries
    /// the retry-after time. Dispose the lease.
    /// </summary>
    public RateLimitLease Acquire(string key) => limiter.AttemptAcquire(key);

    public void Dispose() => limiter.Dispose();
}
