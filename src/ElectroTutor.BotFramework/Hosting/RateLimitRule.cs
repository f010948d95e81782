using System.Threading.RateLimiting;

namespace ElectroTutor.BotFramework.Hosting;

/// <summary>At most <see cref="PermitLimit"/> requests in each fixed window of <see cref="WindowSeconds"/>; a limit of 0 turns the rule off.</summary>
public sealed class RateLimitRule
{
    /// <summary>Requests allowed per window; 0 means unlimited.</summary>
    public int PermitLimit { get; set; }

    /// <summary>The window's length in seconds, at least 1 when the rule is on.</summary>
    public int WindowSeconds { get; set; } = 60;

    /// <summary>True when the rule limits anything.</summary>
    public bool IsOn => PermitLimit > 0;

    /// <summary>A rule of <paramref name="permitLimit"/> requests per <paramref name="windowSeconds"/> seconds.</summary>
    public static RateLimitRule Of(int permitLimit, int windowSeconds) => new() { PermitLimit = permitLimit, WindowSeconds = windowSeconds };

    /// <summary>The limiter settings: a request over the limit is refused at once, never queued.</summary>
    internal FixedWindowRateLimiterOptions ToLimiterOptions() => new()
    {
        PermitLimit = PermitLimit,
        Window = TimeSpan.FromSeconds(WindowSeconds),
        QueueLimit = 0,
        AutoReplenishment = true,
    };
}
