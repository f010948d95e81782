using System.Collections.Concurrent;
using ElectroTutor.Tutoring.Bank.Templates;

namespace ElectroTutor.Tutoring.Items;

/// <summary>
/// An item generator that remembers the items it made recently. The open question is kept as (template, seed) and its
/// item is generated again for every answer, hint, solution and "why", usually moments after it was generated to be
/// asked; an item is a pure function of its template and seed and is immutable, so the remembered item is the item.
/// At most <see cref="Capacity"/> results are kept, the oldest forgotten first, so memory stays flat in a long-running
/// server. Safe to share between threads.
/// </summary>
public sealed class MemoizedItemGenerator
{
    /// <summary>How many results are kept unless told otherwise: the open questions of a few thousand learners.</summary>
    public const int DefaultCapacity = 4096;

    private readonly ItemGenerator inner;
    private readonly ConcurrentDictionary<(string TemplateId, long Seed), Remembered> results = new();
    private readonly Queue<(string TemplateId, long Seed)> oldestFirst = new();
    private readonly Lock admitting = new();

    /// <summary>A memo over <paramref name="inner"/> keeping at most <paramref name="capacity"/> results.</summary>
    public MemoizedItemGenerator(ItemGenerator inner, int capacity = DefaultCapacity)
    {
        ArgumentNullException.ThrowIfNull(inner);
        this.inner = inner;
        Capacity = capacity > 0 ? capacity : throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "The capacity must be at least 1.");
    }

    /// <summary>The most results kept at once.</summary>
    public int Capacity { get; }

    /// <summary>Results held now.</summary>
    public int Count => results.Count;

    /// <summary>The item for a template and seed, as <see cref="ItemGenerator.Generate"/> gives it (failures included).</summary>
    public ItemGenerationResult Generate(ItemTemplate template, long seed)
    {
        ArgumentNullException.ThrowIfNull(template);
        var key = (template.Id, seed);

        // The template object is compared too, so a different template under the same id is never served a stale item.
        if (results.TryGetValue(key, out var known) && ReferenceEquals(known.Template, template))
        {
            return known.Result;
        }

        var result = inner.Generate(template, seed);
        Remember(key, new Remembered(template, result));
        return result;
    }

    private void Remember((string TemplateId, long Seed) key, Remembered remembered)
    {
        lock (admitting)
        {
            if (results.ContainsKey(key))
            {
                results[key] = remembered;
                return;
            }

            while (oldestFirst.Count >= Capacity)
            {
                results.TryRemove(oldestFirst.Dequeue(), out _);
            }

            results[key] = remembered;
            oldestFirst.Enqueue(key);
        }
    }

    private sealed record Remembered(ItemTemplate Template, ItemGenerationResult Result);
}
