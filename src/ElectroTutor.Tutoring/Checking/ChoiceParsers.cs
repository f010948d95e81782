using System.Globalization;
using System.Text;
using ElectroTutor.Tutoring.Answers;
using ElectroTutor.Tutoring.Caching;

namespace ElectroTutor.Tutoring.Checking;

/// <summary>
/// Answer parsers for the option lists of choice items, each built once: the items of a template show the same few
/// option lists again and again, and building a parser folds every option text. Kept in a <see cref="BoundedMemo{TValue}"/>
/// of <see cref="Capacity"/>; safe to share between threads.
/// </summary>
internal sealed class ChoiceParsers(int capacity = ChoiceParsers.DefaultCapacity)
{
    /// <summary>How many parsers are kept unless told otherwise; well above the option lists of the whole bank.</summary>
    public const int DefaultCapacity = 4096;

    private readonly BoundedMemo<ChoiceAnswerParser> parsers = new(capacity);

    /// <summary>The most parsers kept at once.</summary>
    public int Capacity => parsers.Capacity;

    /// <summary>Parsers held now.</summary>
    public int Count => parsers.Count;

    /// <summary>The parser for <paramref name="options"/>, in the order shown.</summary>
    public ChoiceAnswerParser For(IReadOnlyList<string> options) =>
        parsers.GetOrAdd(Key(options), static list => new ChoiceAnswerParser(list), options);

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
