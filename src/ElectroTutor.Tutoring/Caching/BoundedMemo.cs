using System.Collections.Concurrent;

namespace ElectroTutor.Tutoring.Caching;

/// <summary>
/// Values worked out once per text key and then remembered. At most <see cref="Capacity"/> are kept; when full the
/// memory starts again empty, so it stays bounded whatever it is fed. Meant for sets that are small in practice (a
/// bank's texts, its option lists), where forgetting everything now and then costs little. Safe to share between
/// threads; two threads asking for a new key at once may both work its value out.
/// </summary>
/// <typeparam name="TValue">What is remembered per key.</typeparam>
internal sealed class BoundedMemo<TValue>(int capacity)
{
    private readonly ConcurrentDictionary<string, TValue> values = new(StringComparer.Ordinal);

    /// <summary>The most values kept at once.</summary>
    public int Capacity { get; } = capacity > 0 ? capacity : throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "The capacity must be at least 1.");

    /// <summary>Values held now.</summary>
    public int Count => values.Count;

    /// <summary>The value remembered for <paramref name="key"/>, or <paramref name="create"/>'s, then remembered.</summary>
    public TValue GetOrAdd<TState>(string key, Func<TState, TValue> create, TState state)
    {
        ArgumentNullException.ThrowIfNull(create);
        if (values.TryGetValue(key, out var known))
        {
            return known;
        }

        var value = create(state);
        if (values.Count >= Capacity)
        {
            values.Clear();
        }

        values[key] = value;
        return value;
    }
}
