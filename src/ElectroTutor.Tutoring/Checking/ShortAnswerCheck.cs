using System.Text.RegularExpressions;
using ElectroTutor.Tutoring.Answers;
using ElectroTutor.Tutoring.Items;

namespace ElectroTutor.Tutoring.Checking;

/// <summary>
/// Short answers: correct when every accepted group has one phrase present as whole words; a rejected phrase names a
/// misconception. Negations ("not sodium") and long answers are sent back rather than guessed at, because whole-word
/// matching cannot read them honestly.
/// </summary>
internal static partial class ShortAnswerCheck
{
    private const int LongestAnswer = 120;
    private static readonly HashSet<string> Negations = new(StringComparer.Ordinal) { "not", "no", "never", "isn't", "isnt", "aren't", "arent", "nor", "neither" };

    public static ItemVerdict Check(Item item, string? text, Func<string, string> feedbackFor)
    {
        var spec = item.ShortAnswer!;
        var expectedText = spec.RequiredGroups.Count > 0 ? string.Join(" ", spec.RequiredGroups.Select(g => g[0])) : string.Empty;
        if (string.IsNullOrWhiteSpace(text) || text.Length > LongestAnswer)
        {
            return Sent(AnswerVerdict.Unparseable, "Please answer in a word or a few words.", expectedText);
        }

        var words = Words(text);
        if (words.Count == 0)
        {
            return Sent(AnswerVerdict.Unparseable, "Please answer in a word or a few words.", expectedText);
        }

        if (words.Any(Negations.Contains))
        {
            return Sent(AnswerVerdict.Ambiguous, "Please give just the answer itself, without 'not' — I can't judge a negation.", expectedText);
        }

        var parsedText = string.Join(' ', words);
        var rejected = spec.Rejected.FirstOrDefault(r => Contains(words, r.Phrase));
        if (rejected is not null)
        {
            return new ItemVerdict
            {
                Verdict = AnswerVerdict.Incorrect,
                MisconceptionId = rejected.MisconceptionId,
                Feedback = feedbackFor(rejected.MisconceptionId),
                ExpectedText = expectedText,
                ParsedText = parsedText,
            };
        }

        var right = spec.RequiredGroups.All(group => group.Any(phrase => Contains(words, phrase)));
        return new ItemVerdict
        {
            Verdict = right ? AnswerVerdict.Correct : AnswerVerdict.Incorrect,
            Feedback = right ? "Correct." : "That is not what I was looking for. Try the hint if you are unsure.",
            ExpectedText = expectedText,
            ParsedText = parsedText,
        };
    }

    private static ItemVerdict Sent(AnswerVerdict verdict, string feedback, string expected) =>
        new() { Verdict = verdict, Feedback = feedback, ExpectedText = expected };

    private static bool Contains(List<string> words, string phrase)
    {
        var needle = Words(phrase);
        for (var start = 0; needle.Count > 0 && start + needle.Count <= words.Count; start++)
        {
            if (needle.Select((w, i) => words[start + i] == w).All(match => match))
            {
                return true;
            }
        }

        return false;
    }

    // Lower-case words with charges folded (K⁺ → k+), so "Na⁺", "na+" and "NA+" are one word.
    private static List<string> Words(string text) =>
        Word().Matches(AnswerText.Normalize(text).Replace("^", string.Empty, StringComparison.Ordinal).ToLowerInvariant())
            .Select(m => m.Value.TrimEnd('.'))
            .Where(w => w.Length > 0)
            .ToList();

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}+'’.-]*", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Word();
}
