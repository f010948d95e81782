using ElectroTutor.Tutoring.Storage;

namespace ElectroTutor.Tutoring.Conversation;

/// <summary>
/// Lets one learner's turns run one at a time, in the order they arrived, while different learners' turns run in
/// parallel. Two conversations of one learner (Teams and Web Chat, say) then queue instead of racing for the same
/// state version and rerunning the loser. Only within one process: across server instances the version claim of the
/// commit still decides. Bounded: a learner's entry exists only while one of their turns runs or waits.
/// </summary>
public sealed class LearnerTurnGate
{
    private readonly Dictionary<LearnerKey, Slot> slots = [];
    private readonly Lock gate = new();

    /// <summary>The learners with a turn running or waiting now.</summary>
    public int Count
    {
        get
        {
            lock (gate)
            {
                return slots.Count;
            }
        }
    }

    /// <summary>
    /// Waits until no earlier turn of <paramref name="key"/> runs; dispose the result when the turn is over. Turns
    /// queue in the order of their calls. A cancelled wait leaves the queue as if it had never been asked.
    /// </summary>
    public async ValueTask<IDisposable> EnterAsync(LearnerKey key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        Slot slot;
        lock (gate)
        {
            if (!slots.TryGetValue(key, out slot!))
            {
                slot = new Slot();
                slots.Add(key, slot);
            }

            slot.Users++;
        }

        try
        {
            await slot.Turn.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            Leave(key, slot);
            throw;
        }

        return new Ticket(this, key, slot);
    }

    private void Leave(LearnerKey key, Slot slot)
    {
        lock (gate)
        {
            if (--slot.Users == 0)
            {
                slots.Remove(key);
                slot.Turn.Dispose();
            }
        }
    }

    private sealed class Slot
    {
        public SemaphoreSlim Turn { get; } = new(1, 1);

        public int Users { get; set; }
    }

    private sealed class Ticket(LearnerTurnGate queue, LearnerKey key, Slot slot) : IDisposable
    {
        private int disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 0)
            {
                // Release first: a waiter holds a use of the slot, so the slot is not disposed under it.
                slot.Turn.Release();
                queue.Leave(key, slot);
            }
        }
    }
}
