namespace ElectroTutor.BotFramework.Hosting;

/// <summary>
/// One async mutex per key (here: per conversation), created on first use and dropped when nobody holds or awaits it, so
/// the number of entries is bounded by the turns in flight.
/// </summary>
internal sealed class KeyedAsyncLock
{
    private readonly Dictionary<string, Entry> entries = new(StringComparer.Ordinal);
    private readonly Lock gate = new();

    /// <summary>How many keys currently have an entry (held or awaited).</summary>
    public int ActiveKeyCount
    {
        get
        {
            lock (gate)
                return entries.Count;
        }
    }

    /// <summary>How many turns hold or await <paramref name="key"/>.</summary>
    public int CountFor(string key)
    {
        lock (gate)
            return entries.TryGetValue(key, out var entry) ? entry.References : 0;
    }

    /// <summary>Waits until the key is free and takes it; dispose the result to release it.</summary>
    public async Task<IDisposable> AcquireAsync(string key, CancellationToken cancellationToken)
    {
        Entry entry;
        lock (gate)
        {
            if (!entries.TryGetValue(key, out entry!))
            {
                entry = new Entry();
                entries.Add(key, entry);
            }

            entry.References++;
        }

        try
        {
            await entry.Semaphore.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            Dereference(key, entry);
            throw;
        }

        return new Releaser(this, key, entry);
    }

    private void Dereference(string key, Entry entry)
    {
        lock (gate)
        {
            entry.References--;
            if (entry.References == 0)
            {
                entries.Remove(key);
                entry.Semaphore.Dispose();
            }
        }
    }

    private sealed class Entry
    {
        public SemaphoreSlim Semaphore { get; } = new(initialCount: 1, maxCount: 1);

        public int References { get; set; }
    }

    private sealed class Releaser(KeyedAsyncLock owner, string key, Entry entry) : IDisposable
    {
        private int disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) != 0)
                return;

            entry.Semaphore.Release();
            owner.Dereference(key, entry);
        }
    }
}
