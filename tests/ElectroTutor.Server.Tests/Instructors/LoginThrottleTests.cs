using ElectroTutor.Server.Instructors;

namespace ElectroTutor.Server.Tests.Instructors;

public sealed class LoginThrottleTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 21, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_login_is_refused_after_the_allowed_failures_until_the_oldest_leaves_the_window()
    {
        var clock = new ManualClock(Start);
        var throttle = new LoginThrottle(clock);
        for (var i = 0; i < LoginThrottle.MaximumFailures; i++)
        {
            Assert.Null(throttle.RetryAfter("grace", "10.0.0.1"));
            throttle.Failed("grace", "10.0.0.1");
            clock.Advance(TimeSpan.FromMinutes(1));
        }

        Assert.Equal(LoginThrottle.Window - TimeSpan.FromMinutes(LoginThrottle.MaximumFailures), throttle.RetryAfter("GRACE ", "10.0.0.2"));
        Assert.Null(throttle.RetryAfter("hopper", "10.0.0.2"));
        clock.Advance(LoginThrottle.Window - TimeSpan.FromMinutes(LoginThrottle.MaximumFailures));
        Assert.Null(throttle.RetryAfter("grace", "10.0.0.1"));
    }

    [Fact]
    public void An_address_is_refused_after_many_failures_across_logins()
    {
        var throttle = new LoginThrottle(new ManualClock(Start));
        for (var i = 0; i < LoginThrottle.MaximumFailuresPerAddress; i++)
        {
            throttle.Failed("guess-" + i, "10.0.0.9");
        }

        Assert.NotNull(throttle.RetryAfter("someone-new", "10.0.0.9"));
        Assert.Null(throttle.RetryAfter("someone-new", "10.0.0.10"));
    }

    [Fact]
    public void A_successful_sign_in_clears_the_logins_failures()
    {
        var throttle = new LoginThrottle(new ManualClock(Start));
        for (var i = 0; i < LoginThrottle.MaximumFailures - 1; i++)
        {
            throttle.Failed("grace", "10.0.0.1");
        }

        throttle.Succeeded("grace");
        throttle.Failed("grace", "10.0.0.1");

        Assert.Null(throttle.RetryAfter("grace", "10.0.0.3"));
    }
}
