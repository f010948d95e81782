namespace ElectroTutor.BotFramework.Connector;

/// <summary>How long to wait before retrying a send: what the channel asked for, else exponential backoff with jitter.</summary>
internal static class RetryDelay
{
    /// <summary>The <c>Retry-After</c> header as a wait from <paramref name="now"/> (seconds or an HTTP date), or null when absent.</summary>
    public static TimeSpan? FromRetryAfter(HttpResponseMessage response, DateTimeOffset now)
    {
        var retryAfter = response.Headers.RetryAfter;
        if (retryAfter?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (retryAfter?.Date is { } date)
        {
            return date > now ? date - now : TimeSpan.Zero;
        }

        return null;
    }

    /// <summary>
    /// <paramref name="initial"/> doubled for each retry already made, then a random half of it dropped ("equal jitter") so that
    /// senders throttled together do not retry together; never above <paramref name="cap"/>.
    /// </summary>
    /// <param name="retryNumber">1 for the first retry.</param>
    /// <param name="initial">The wait before the first retry, before jitter.</param>
    /// <param name="cap">The longest wait.</param>
    /// <param name="random">A uniform draw in [0, 1).</param>
    public static TimeSpan Backoff(int retryNumber, TimeSpan initial, TimeSpan cap, double random)
    {
        var exponential = initial.TotalMilliseconds * Math.Pow(2, Math.Min(retryNumber - 1, 30));
        var capped = Math.Min(exponential, cap.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(capped / 2 + (capped / 2 * random));
    }
}
