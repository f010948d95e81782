using System.Net;
using System.Net.Http.Headers;
using ElectroTutor.BotFramework.Connector;

namespace ElectroTutor.BotFramework.Tests.Connector;

public sealed class RetryDelayTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Retry_After_seconds_and_dates_become_waits()
    {
        using var seconds = new HttpResponseMessage(HttpStatusCode.TooManyRequests) { Headers = { RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(7)) } };
        using var date = new HttpResponseMessage(HttpStatusCode.TooManyRequests) { Headers = { RetryAfter = new RetryConditionHeaderValue(Now.AddSeconds(4)) } };
        using var past = new HttpResponseMessage(HttpStatusCode.TooManyRequests) { Headers = { RetryAfter = new RetryConditionHeaderValue(Now.AddSeconds(-4)) } };
        using var none = new HttpResponseMessage(HttpStatusCode.TooManyRequests);

        Assert.Equal(TimeSpan.FromSeconds(7), RetryDelay.FromRetryAfter(seconds, Now));
        Assert.Equal(TimeSpan.FromSeconds(4), RetryDelay.FromRetryAfter(date, Now));
        Assert.Equal(TimeSpan.Zero, RetryDelay.FromRetryAfter(past, Now));
        Assert.Null(RetryDelay.FromRetryAfter(none, Now));
    }

    [Theory]
    [InlineData(1, 0.0, 500)]
    [InlineData(1, 1.0, 1000)]
    [InlineData(3, 0.0, 2000)]
    [InlineData(3, 0.5, 3000)]
    [InlineData(10, 1.0, 10000)]
    [InlineData(60, 0.0, 5000)]
    public void Backoff_doubles_with_up_to_half_taken_off_and_stays_under_the_cap(int retry, double random, double expectedMs)
    {
        var delay = RetryDelay.Backoff(retry, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(10), random);

        Assert.Equal(TimeSpan.FromMilliseconds(expectedMs), delay);
    }
}
