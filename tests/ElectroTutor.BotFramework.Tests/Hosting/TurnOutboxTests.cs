using ElectroTutor.BotFramework.Hosting;
using ElectroTutor.BotFramework.Schema;

namespace ElectroTutor.BotFramework.Tests.Hosting;

public class TurnOutboxTests
{
    private static readonly TimeSpan Delay = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(3);

    private readonly ManualTimeProvider time = new();
    private readonly BufferedReplyTarget target = new();

    [Fact]
    public async Task Typing_is_due_after_the_delay_and_then_after_each_interval()
    {
        using var outbox = new TurnOutbox(Inbound.Activity(), target, time);

        Assert.Equal(Delay, outbox.TimeUntilTyping(Delay, Interval));
        await outbox.SendTypingIfDueAsync(Delay, Interval, CancellationToken.None);
        Assert.Empty(target.Replies);

        time.Advance(Delay);
        await outbox.SendTypingIfDueAsync(Delay, Interval, CancellationToken.None);

        var typing = Assert.Single(target.Replies);
        Assert.Equal(ActivityTypes.Typing, typing.Type);
        Assert.Equal("conv-1|0000001", typing.ReplyToId);
        Assert.Equal(Interval, outbox.TimeUntilTyping(Delay, Interval));
    }

    [Fact]
    public async Task A_reply_postpones_typing_by_an_interval()
    {
        using var outbox = new TurnOutbox(Inbound.Activity(), target, time);
        time.Advance(Delay / 2);
        await outbox.SendAsync([new Activity { Text = "partial" }], CancellationToken.None);

        time.Advance(Delay);
        await outbox.SendTypingIfDueAsync(Delay, Interval, CancellationToken.None);

        Assert.Equal("partial", Assert.Single(target.Replies).Text);
        Assert.Equal(Interval - Delay, outbox.TimeUntilTyping(Delay, Interval));
    }

    [Fact]
    public async Task An_ended_outbox_sends_nothing_more()
    {
        using var outbox = new TurnOutbox(Inbound.Activity(), target, time);
        await outbox.EndAsync();
        time.Advance(Interval);

        await outbox.SendTypingIfDueAsync(Delay, Interval, CancellationToken.None);

        await Assert.ThrowsAsync<InvalidOperationException>(() => outbox.SendAsync([new Activity { Text = "late" }], CancellationToken.None));
        Assert.Empty(target.Replies);
    }

    [Fact]
    public async Task Replies_are_addressed_to_the_inbound_activity()
    {
        using var outbox = new TurnOutbox(Inbound.Activity(), target, time);

        await outbox.SendAsync([new Activity { Text = "a" }, new Activity { Type = ActivityTypes.Message, Text = "b", Locale = "de-DE" }], CancellationToken.None);

        Assert.Collection(
            target.Replies,
            a => Assert.Equal(("a", "en-US", "student-1"), (a.Text, a.Locale, a.Recipient?.Id)),
            b => Assert.Equal(("b", "de-DE", "electrotutor"), (b.Text, b.Locale, b.From?.Id)));
    }
}
