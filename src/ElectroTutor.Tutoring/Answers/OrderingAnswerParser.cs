using System.Text.RegularExpressions;

namespace ElectroTutor.Tutoring.Answers;

/// <summary>
/// Reads an ordering of items labelled a, b, c … (or 1, 2, 3 …): "C, A, D, B", "CADB", "c a d b", "C → A → D → B",
/// "3 1 4 2", "3142". Letters and numbers may not be mixed; repeated, missing or unknown items are named.
/// </summary>
public sealed partial class OrderingAnswerParser
{
    /// <summary>Creates a parser for <paramref name="itemCount"/> items.</summary>
    /// <param name="itemCount">Number of items to order; from 2 to 26.</param>
    public OrderingAnswerParser(int itemCount)
    {
        ItemCount = itemCount is >= 2 and <= 26 ? itemCount : throw new ArgumentOutOfRangeException(nameof(itemCount), itemCount, "Order from 2 to 26 items.");
    }

    /// <summary>Number of items to order.</summary>
    public int ItemCount { get; }

    /// <summary>Reads the learner's order.</summary>
    /// <param name="text">The learner's text; null is treated as empty.</param>
    /// <returns>The permutation read, or why none could be read.</returns>
    public OrderingParseResult Parse(string? text)
    {
        try
        {
            return ParseChecked(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return OrderingParseResult.Fail(ChoiceParseFailure.Unreadable, $"I couldn't read that in time. Please list the letters in order, for example {Example()}.");
        }
    }

    private OrderingParseResult ParseChecked(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return OrderingParseResult.Fail(ChoiceParseFailure.Empty, $"Please put all {ItemCount} items in order, for example {Example()}.");
        }

        if (text.Trim().Length > AnswerText.MaxLength || AnswerText.HasForbiddenCharacter(text))
        {
            return OrderingParseResult.Fail(ChoiceParseFailure.Unreadable, $"I couldn't read that. Please list the letters in order, for example {Example()}.");
        }

        var tokens = Tokens(ChoiceHedges.Strip(AnswerText.Normalize(text)));
        var letters = tokens.Count > 0 && tokens.All(t => t.Length == 1 && char.IsAsciiLetter(t[0]));
        var numbers = tokens.Count > 0 && tokens.All(t => t.All(char.IsAsciiDigit) && t.Length <= 2);
        if (!letters && !numbers)
        {
            return OrderingParseResult.Fail(ChoiceParseFailure.NoMatch, $"Please list the items by letter only (or by number only), for example {Example()}.");
        }

        var order = tokens.Select(t => letters ? char.ToLowerInvariant(t[0]) - 'a' : int.Parse(t, System.Globalization.CultureInfo.InvariantCulture) - 1).ToList();
        return Validate(order, letters);
    }

    private OrderingParseResult Validate(List<int> order, bool letters)
    {
        string Label(int i) => letters ? ((char)('A' + i)).ToString() : (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

        var unknown = order.Where(i => i < 0 || i >= ItemCount).Distinct().ToList();
        if (unknown.Count > 0)
        {
            return OrderingParseResult.Fail(ChoiceParseFailure.UnknownOption, $"There is no item {string.Join(", ", unknown.Select(Label))}: the items are {Label(0)} to {Label(ItemCount - 1)}.");
        }

        var repeated = order.GroupBy(i => i).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (repeated.Count > 0)
        {
            return OrderingParseResult.Fail(ChoiceParseFailure.Repeated, $"You listed {string.Join(", ", repeated.Select(Label))} more than once. Each item goes in the order exactly once.");
        }

        var missing = Enumerable.Range(0, ItemCount).Except(order).ToList();
        return missing.Count > 0
            ? OrderingParseResult.Fail(ChoiceParseFailure.Missing, $"You left out {string.Join(", ", missing.Select(Label))}. Please put all {ItemCount} items in order.")
            : new OrderingParseResult(ChoiceParseFailure.None, order, string.Empty);
    }

    // "CADB" and "3142" (when every item has one character) are split into single labels.
    private List<string> Tokens(string answer)
    {
        var tokens = Separators().Split(answer).Where(t => t.Length > 0 && !t.Equals("then", StringComparison.OrdinalIgnoreCase)).ToList();
        if (tokens.Count == 1 && tokens[0].Length > 1 && (tokens[0].All(char.IsAsciiLetter) || (ItemCount <= 9 && tokens[0].All(char.IsAsciiDigit))))
        {
            return [.. tokens[0].Select(c => c.ToString())];
        }

        return tokens;
    }

    private string Example() => string.Join(", ", Enumerable.Range(0, Math.Min(ItemCount, 4)).Select(i => (char)('A' + i))) + (ItemCount > 4 ? ", …" : string.Empty);

    [GeneratedRegex(@"[\s,;>→⟶\-/|.()\[\]]+", RegexOptions.None, 1000)]
    private static partial Regex Separators();
}
