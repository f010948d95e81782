namespace ElectroTutor.Server.Instructors;

/// <summary>
/// Slows password guessing: after <see cref="MaximumFailures"/> failed sign-ins for one login, or
/// <see cref="MaximumFailuresPerAddress"/> from one address, within <see cref="Window"/>, further tries are refused
/// until the oldest failure leaves the window. A success clears the login's count. In memory, per server process.
/// </summary>
internal sealed class LoginThrottle(TimeProvider clock)
{
    /// <summary>Failures allowed per login within the window.</summary>
    public const int MaximumFailures = 5;

    /// <summary>Failures allowed per client address within the window (a classroom may share one address).</summary>
    public const int MaximumFailuresPerAddress = 30;

    /// <summary>How far back failures count.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    // Beyond this many tracked logins and addresses, expired entries are swept on the next failure, so a flood of
    // made-up logins cannot grow the table without bound.
    private const int SweepAbove = 10_000;

    private readonly Dictionary<string, Queue<DateTimeOffset>> _failures = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    /// <summary>How long until another try is allowed, or null when it is allowed now.</summary>
    public TimeSpan? RetryAfter(string login, string address)
    {
        lock (_lock)
        {
            var now = clock.GetUtcNow();
            var waits = new[] { Wait(LoginKey(login), MaximumFailures, now), Wait(AddressKey(address), MaximumFailuresPerAddress, now) };
            return waits.Max();
        }
    }

    /// <summary>Counts a failed sign-in against the login and the address.</summary>
    public void Failed(string login, string address)
    {
        lock (_lock)
        {
            var now = clock.GetUtcNow();
            if (_failures.Count > SweepAbove)
            {
                foreach (var key in _failures.Keys.ToList())
                {
                    Wait(key, int.MaxValue, now);
                }
            }

            foreach (var key in new[] { LoginKey(login), AddressKey(address) })
            {
                if (!_failures.TryGetValue(key, out var times))
                {
                    _failures[key] = times = new Queue<DateTimeOffset>();
                }

                times.Enqueue(now);
            }
        }
    }

    /// <summary>Clears the login's failures after a successful sign-in.</summary>
    public void Succeeded(string login)
    {
        lock (_lock)
        {
            _failures.Remove(LoginKey(login));
        }
    }

    private static string LoginKey(string login) => "login:" + login.Trim().ToUpperInvariant();

    private static string AddressKey(string address) => "address:" + address;

    private TimeSpan? Wait(string key, int allowed, DateTimeOffset now)
    {
        if (!_failures.TryGetValue(key, out var times))
        {
            return null;
        }

        while (times.Count > 0 && now - times.Peek() >= Window)
        {
            times.Dequeue();
        }

        if (times.Count == 0)
        {
            _failures.Remove(key);
            return null;
        }

        return times.Count >= allowed ? times.ElementAt(times.Count - allowed) + Window - now : null;
    }
}
