using ElectroTutor.BotFramework.Hosting;

namespace ElectroTutor.BotFramework.Tests.Hosting;

public class KeyedAsyncLockTests
{
    private readonly KeyedAsyncLock locks = new();

    [Fact]
    public async Task A_second_holder_of_the_same_key_waits_for_the_first()
    {
        var first = await locks.AcquireAsync("a", CancellationToken.None);

        var second = locks.AcquireAsync("a", CancellationToken.None);

        Assert.False(second.IsCompleted);
        Assert.Equal(2, locks.CountFor("a"));
        first.Dispose();
        (await second.WaitAsync(TimeSpan.FromSeconds(10))).Dispose();
        Assert.Equal(0, locks.ActiveKeyCount);
    }

    [Fact]
    public async Task Different_keys_do_not_wait_for_each_other()
    {
        using var a = await locks.AcquireAsync("a", CancellationToken.None);

        var b = locks.AcquireAsync("b", CancellationToken.None);

        Assert.True(b.IsCompletedSuccessfully);
        (await b).Dispose();
        Assert.Equal(1, locks.ActiveKeyCount);
    }

    [Fact]
    public async Task Released_keys_leave_no_entry_behind()
    {
        for (var i = 0; i < 1000; i++)
            (await locks.AcquireAsync($"conversation-{i}", CancellationToken.None)).Dispose();

        Assert.Equal(0, locks.ActiveKeyCount);
    }

    [Fact]
    public async Task A_cancelled_wait_gives_up_its_place_and_leaves_no_entry()
    {
        var held = await locks.AcquireAsync("a", CancellationToken.None);
        using var cancellation = new CancellationTokenSource();

        var waiting = locks.AcquireAsync("a", cancellation.Token);
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        Assert.Equal(1, locks.CountFor("a"));
        held.Dispose();
        Assert.Equal(0, locks.ActiveKeyCount);
    }

    [Fact]
    public async Task Releasing_twice_releases_once()
    {
        var first = await locks.AcquireAsync("a", CancellationToken.None);
        var second = locks.AcquireAsync("a", CancellationToken.None);

        first.Dispose();
        first.Dispose();
        using var secondHeld = await second.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.False(locks.AcquireAsync("a", CancellationToken.None).IsCompleted);
    }
}
