using ElectroTutor.Tutoring.Storage;

namespace ElectroTutor.Tutoring.Conversation;

/// <summary>
/// The last committed conversation of recently active learners, so that a turn need not look up the learner and load
/// and parse their state before it runs. Only a hint: the commit's version claim still decides, so a stale entry (a
/// turn stored by another server instance, or a forgotten learner) costs one rerun on the stored state, never a lost
/// update. Bounded: beyond <see cref="Capacity"/> learners the least recently used is dropped, so memory stays flat
/// however many learners come and go. Safe to share between threads.
/// </summary>
public sealed class ConversationCache
{
    /// <summary>The capacity used unless told otherwise.</summary>
    public const int DefaultCapacity = 1024;

    private readonly Dictionary<LearnerKey, LinkedListNode<(LearnerKey Key, CachedConversation Entry)>> entries = [];
    private readonly LinkedList<(LearnerKey Key, CachedConversation Entry)> recency = new();
    private readonly Lock gate = new();

    /// <summary>A cache holding at most <paramref name="capacity"/> learners (at least 1).</summary>
    public ConversationCache(int capacity = DefaultCapacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Capacity = capacity;
    }

    /// <summary>The most learners held at once.</summary>
    public int Capacity { get; }

    /// <summary>The learners held now.</summary>
    public int Count
    {
        get
        {
            lock (gate)
            {
                return entries.Count;
            }
        }
    }

    /// <summary>The entry for <paramref name="key"/>, marked as just used; null when none is held.</summary>
    public CachedConversation? Find(LearnerKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        lock (gate)
        {
            if (!entries.TryGetValue(key, out var node))
            {
                return null;
            }

            recency.Remove(node);
            recency.AddFirst(node);
            return node.Value.Entry;
        }
    }

    /// <summary>
    /// Remembers <paramref name="entry"/> for <paramref name="key"/> unless a newer version of the same learner is
    /// already held (two turns finishing out of order), dropping the least recently used learner when full.
    /// </summary>
    public void Store(LearnerKey key, CachedConversation entry)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(entry);
        lock (gate)
        {
            if (entries.TryGetValue(key, out var node))
            {
                recency.Remove(node);
                if (node.Value.Entry.Learner.Id == entry.Learner.Id && node.Value.Entry.Version > entry.Version)
                {
                    entry = node.Value.Entry;
                }
            }
            else if (entries.Count >= Capacity && recency.Last is { } oldest)
            {
                recency.RemoveLast();
                entries.Remove(oldest.Value.Key);
            }

            entries[key] = recency.AddFirst((key, entry));
        }
    }

    /// <summary>Forgets <paramref name="key"/> (after a conflict or a failure, so the next turn reads the store).</summary>
    public void Remove(LearnerKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        lock (gate)
        {
            if (entries.Remove(key, out var node))
            {
                recency.Remove(node);
            }
        }
    }
}
