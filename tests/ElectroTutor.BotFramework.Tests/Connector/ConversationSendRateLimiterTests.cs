using ElectroTutor.BotFramework.Connector;

namespace ElectroTutor.BotFramework.Tests.Connector;

public sealed class ConversationSendRateLimiterTests
{
    private readonly FakeTimeProvider clock = new();

    [Fact]
    public void Sends_beyond_the_limit_are_spaced_to_the_window()
    {
        var limiter = new ConversationSendRateLimiter([new ConnectorSendLimit(2, TimeSpan.FromSeconds(1))], 10, clock);

        var waits = Enumerable.Range(0, 6).Select(_ => limiter.Reserve("c")).ToList();

        Assert.Equal(
            [TimeSpan.Zero, TimeSpan.Zero, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(2)],
            waits);
    }

    [Fact]
    public void Teams_limits_let_seven_through_then_pace_the_rest()
    {
        var limiter = new ConversationSendRateLimiter(ConnectorOptions.TeamsSendLimits, 10, clock);

        var waits = Enumerable.Range(0, 10).Select(_ => limiter.Reserve("a:1xyz")).ToList();

        Assert.All(waits.Take(7), w => Assert.Equal(TimeSpan.Zero, w));
        Assert.Equal([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(2)], waits.Skip(7));
    }

    [Fact]
    public void Every_window_of_the_Teams_limits_holds_no_more_than_its_maximum()
    {
        var limiter = new ConversationSendRateLimiter(ConnectorOptions.TeamsSendLimits, 10, clock);
        var start = clock.GetUtcNow();
        var slots = new List<TimeSpan>();
        for (var i = 0; i < 150; i++)
        {
            // A burst of three per 100 ms, far above what Teams allows.
            if (i % 3 == 0 && i > 0)
            {
                clock.Advance(TimeSpan.FromMilliseconds(100));
            }

            slots.Add(clock.GetUtcNow() - start + limiter.Reserve("a:1xyz"));
        }

        Assert.Equal(slots.Order(), slots);
        foreach (var limit in ConnectorOptions.TeamsSendLimits)
        {
            for (var i = 0; i < slots.Count; i++)
            {
                var inWindow = slots.Count(s => s > slots[i] - limit.Window && s <= slots[i]);
                Assert.True(inWindow <= limit.MaxSends, $"{inWindow} sends within {limit.Window} ending at {slots[i]}");
            }
        }
    }

    [Fact]
    public void Conversations_are_paced_independently()
    {
        var limiter = new ConversationSendRateLimiter([new ConnectorSendLimit(1, TimeSpan.FromSeconds(1))], 10, clock);

        Assert.Equal(TimeSpan.Zero, limiter.Reserve("a"));
        Assert.Equal(TimeSpan.Zero, limiter.Reserve("b"));
        Assert.Equal(TimeSpan.FromSeconds(1), limiter.Reserve("a"));
    }

    [Fact]
    public void Time_passing_frees_the_slots()
    {
        var limiter = new ConversationSendRateLimiter([new ConnectorSendLimit(1, TimeSpan.FromSeconds(1))], 10, clock);
        limiter.Reserve("a");

        clock.Advance(TimeSpan.FromMilliseconds(400));
        Assert.Equal(TimeSpan.FromMilliseconds(600), limiter.Reserve("a"));

        clock.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal(TimeSpan.Zero, limiter.Reserve("a"));
    }

    [Fact]
    public void Memory_stays_bounded_by_forgetting_idle_then_least_recent_conversations()
    {
        var limiter = new ConversationSendRateLimiter([new ConnectorSendLimit(1, TimeSpan.FromSeconds(1))], 3, clock);
        foreach (var id in new[] { "a", "b", "c", "d", "e" })
        {
            limiter.Reserve(id);
            clock.Advance(TimeSpan.FromMilliseconds(100));
        }

        Assert.Equal(3, limiter.TrackedConversations);

        // "e" is still remembered (its last send is recent), so it must wait.
        Assert.True(limiter.Reserve("e") > TimeSpan.Zero);
    }

    [Fact]
    public async Task WaitAsync_waits_the_reserved_time_on_the_clock()
    {
        var limiter = new ConversationSendRateLimiter([new ConnectorSendLimit(1, TimeSpan.FromSeconds(1))], 10, clock);

        await limiter.WaitAsync("a", CancellationToken.None);
        await limiter.WaitAsync("a", CancellationToken.None);

        Assert.Equal([TimeSpan.FromSeconds(1)], clock.Delays);
    }

    [Fact]
    public void Limits_must_be_meaningful()
    {
        Assert.Throws<ArgumentException>(() => new ConversationSendRateLimiter([], 10, clock));
        Assert.Throws<ArgumentException>(() => new ConversationSendRateLimiter([new ConnectorSendLimit(0, TimeSpan.FromSeconds(1))], 10, clock));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ConversationSendRateLimiter(ConnectorOptions.TeamsSendLimits, 0, clock));
    }
}
