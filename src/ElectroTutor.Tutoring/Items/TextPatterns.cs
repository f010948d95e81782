using System.Collections.Concurrent;

namespace ElectroTutor.Tutoring.Items;

/// <summary>
/// The author texts a generator has filled, each scanned once into a <see cref="TextPattern"/>: a bank has a fixed set
/// of prompts, hints, solutions and options, and every item of a template fills the same ones. At most
/// <see cref="Capacity"/> patterns are kept; when full the memory starts again empty, so it stays bounded even if fed
/// texts without end. Safe to share between threads.
/// </summary>
internal sealed class TextPatterns(int capacity = TextPatterns.DefaultCapacity)
{
    /// <summary>How many patterns are kept unless told otherwise; well above the texts of the whole bank.</summary>
    public const int DefaultCapacity = 8192;

    private readonly ConcurrentDictionary<string, TextPattern> patterns = new(StringComparer.Ordinal);

    /// <summary>The most patterns kept at once.</summary>
    public int Capacity { get; } = capacity > 0 ? capacity : throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "The capacity must be at least 1.");

    /// <summary>Patterns held now.</summary>
    public int Count => patterns.Count;

    /// <summary>Fills <paramref name="text"/> with <paramref name="values"/> (<see cref="TextPattern.Render"/>).</summary>
    public string Render(string text, IReadOnlyDictionary<string, double> values) => PatternOf(text).Render(values);

    private TextPattern PatternOf(string text)
    {
        if (patterns.TryGetValue(text, out var known))
        {
            return known;
        }

        var pattern = TextPattern.Parse(text);
        if (patterns.Count >= Capacity)
        {
            patterns.Clear();
        }

        patterns[text] = pattern;
        return pattern;
    }
}
