using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using ElectroTutor.Tutoring.Answers;

namespace ElectroTutor.Tutoring.Checking;

/// <summary>
/// Answer parsers for the option lists of choice items, each built once: the items of a template show the same few
/// option lists again and again, and building a parser folds every option text. At most <see cref="Capacity"/> are
/// kept; when full the memory starts again empty, so it stays bounded whatever it is fed. Safe to share between threads.
/// </summary>
internal sealed class ChoiceParsers(int capacity = ChoiceParsers.DefaultCapacity)
{
    /// <summary>How many parsers are kept unless told otherwise; well above the option lists of the whole bank.</summary>
    public const int DefaultCapacity = 4096;

    private readonly ConcurrentDictionary<string, ChoiceAnswerParser> parsers = new(StringComparer.Ordinal);

    /// <summary>The most parsers kept at once.</summary>
    public int Capacity { get; } = capacity > 0 ? capacity : throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "The capacity must be at least 1.");

    /// <summary>Parsers held now.</summary>
    public int Count => parsers.Count;

    /// <summary>The parser for <paramref name="options"/>, in the order shown.</summary>
    public ChoiceAnswerParser For(IReadOnlyList<string> options)
    {
        var key = Key(options);
        if (parsers.TryGetValue(key, out var known))
        {
            return known;
        }

        var parser = new ChoiceAnswerParser(options);
        if (parsers.Count >= Capacity)
        {
            parsers.Clear();
        }

        parsers[key] = parser;
        return parser;
    }

    // Each text prefixed with its length, so that no two different lists give the same key whatever the texts hold.
    private static string Key(IReadOnlyList<string> options)
    {
        var key = new StringBuilder();
        foreach (var option in options)
        {
            key.Append(option.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(option);
        }

        return key.ToString();
    }
}
