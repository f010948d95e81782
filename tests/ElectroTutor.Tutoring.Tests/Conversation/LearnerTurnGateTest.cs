using ElectroTutor.Tutoring.Conversation;
using ElectroTutor.Tutoring.Storage;

namespace ElectroTutor.Tutoring.Tests.Conversation;

public sealed class LearnerTurnGateTest
{
    private static readonly LearnerKey Sam = new("test", "sam");
    private static readonly LearnerKey Kim = new("test", "kim");

    [Fact]
    public async Task A_second_turn_of_one_learner_waits_while_another_learner_goes_ahead()
    {
        var queue = new LearnerTurnGate();
        var first = await queue.EnterAsync(Sam);

        var second = queue.EnterAsync(Sam).AsTask();
        var other = queue.EnterAsync(Kim).AsTask();

        Assert.True(other.IsCompletedSuccessfully);
        Assert.False(second.IsCompleted);
        first.Dispose();
        (await second).Dispose();
        (await other).Dispose();
    }

    [Fact]
    public async Task Waiting_turns_are_let_in_in_the_order_they_asked()
    {
        var queue = new LearnerTurnGate();
        var order = new List<int>();
        var first = await queue.EnterAsync(Sam);
        var waiting = Enumerable.Range(0, 10).Select(async i =>
        {
            using var turn = await queue.EnterAsync(Sam);
            order.Add(i);
        }).ToList();

        first.Dispose();
        await Task.WhenAll(waiting);

        Assert.Equal(Enumerable.Range(0, 10), order);
    }

    [Fact]
    public async Task Entries_are_dropped_once_no_turn_holds_or_waits_for_them()
    {
        var queue = new LearnerTurnGate();
        var first = await queue.EnterAsync(Sam);
        var second = queue.EnterAsync(Sam).AsTask();
        Assert.Equal(1, queue.Count);

        first.Dispose();
        first.Dispose();
        (await second).Dispose();

        Assert.Equal(0, queue.Count);
    }

    [Fact]
    public async Task A_cancelled_wait_leaves_the_queue_as_before()
    {
        var queue = new LearnerTurnGate();
        var first = await queue.EnterAsync(Sam);
        using var cancel = new CancellationTokenSource();
        var waiting = queue.EnterAsync(Sam, cancel.Token).AsTask();

        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        first.Dispose();
        Assert.Equal(0, queue.Count);
        (await queue.EnterAsync(Sam)).Dispose();
    }
}
