using ElectroTutor.Tutoring.Caching;

namespace ElectroTutor.Tutoring.Items;

/// <summary>
/// The author texts a generator has filled, each scanned once into a <see cref="TextPattern"/>: a bank has a fixed set
/// of prompts, hints, solutions and options, and every item of a template fills the same ones. Kept in a
/// <see cref="BoundedMemo{TValue}"/> of <see cref="Capacity"/>; safe to share between threads.
/// </summary>
internal sealed class TextPatterns(int capacity = TextPatterns.DefaultCapacity)
{
    /// <summary>How many patterns are kept unless told otherwise; well above the texts of the whole bank.</summary>
    public const int DefaultCapacity = 8192;

    private readonly BoundedMemo<TextPattern> patterns = new(capacity);

    /// <summary>The most patterns kept at once.</summary>
    public int Capacity => patterns.Capacity;

    /// <summary>Patterns held now.</summary>
    public int Count => patterns.Count;

    /// <summary>Fills <paramref name="text"/> with <paramref name="values"/> (<see cref="TextPattern.Render"/>).</summary>
    public string Render(string text, IReadOnlyDictionary<string, double> values) =>
        patterns.GetOrAdd(text, TextPattern.Parse, text).Render(values);
}
