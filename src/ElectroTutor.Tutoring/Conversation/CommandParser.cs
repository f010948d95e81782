using System.Text.RegularExpressions;

namespace ElectroTutor.Tutoring.Conversation;

/// <summary>
/// Reads a cleaned message as a command. Short, exact phrases only: anything longer or different is left to be read
/// as an answer or a question, so an answer such as "-89 mV" is never mistaken for a command.
/// </summary>
public static partial class CommandParser
{
    private static readonly Dictionary<string, CommandKind> Phrases = new(StringComparer.Ordinal)
    {
        ["hi"] = CommandKind.Greet, ["hello"] = CommandKind.Greet, ["hey"] = CommandKind.Greet, ["good morning"] = CommandKind.Greet,
        ["help"] = CommandKind.Help, ["commands"] = CommandKind.Help, ["menu"] = CommandKind.Help, ["what can you do"] = CommandKind.Help, ["how does this work"] = CommandKind.Help,
        ["topics"] = CommandKind.Topics, ["list topics"] = CommandKind.Topics, ["show topics"] = CommandKind.Topics, ["skills"] = CommandKind.Topics, ["what can i learn"] = CommandKind.Topics,
        ["start"] = CommandKind.Start, ["begin"] = CommandKind.Start, ["go"] = CommandKind.Start, ["next"] = CommandKind.Start, ["next question"] = CommandKind.Start,
        ["continue"] = CommandKind.Start, ["quiz me"] = CommandKind.Start, ["quiz"] = CommandKind.Start, ["practice"] = CommandKind.Start, ["practise"] = CommandKind.Start,
        ["another"] = CommandKind.Start, ["another one"] = CommandKind.Start, ["lets go"] = CommandKind.Start, ["let's go"] = CommandKind.Start,
        ["revise"] = CommandKind.Revise, ["review"] = CommandKind.Revise, ["revision"] = CommandKind.Revise, ["reviews"] = CommandKind.Revise,
        ["progress"] = CommandKind.Progress, ["my progress"] = CommandKind.Progress, ["stats"] = CommandKind.Progress, ["mastery"] = CommandKind.Progress,
        ["how am i doing"] = CommandKind.Progress, ["score"] = CommandKind.Progress,
        ["hint"] = CommandKind.Hint, ["a hint"] = CommandKind.Hint, ["another hint"] = CommandKind.Hint, ["next hint"] = CommandKind.Hint, ["clue"] = CommandKind.Hint,
        ["give me a hint"] = CommandKind.Hint, ["help me"] = CommandKind.Hint, ["i need a hint"] = CommandKind.Hint, ["i'm stuck"] = CommandKind.Hint, ["im stuck"] = CommandKind.Hint, ["stuck"] = CommandKind.Hint,
        ["solution"] = CommandKind.Solution, ["show solution"] = CommandKind.Solution, ["show the solution"] = CommandKind.Solution, ["show answer"] = CommandKind.Solution,
        ["show the answer"] = CommandKind.Solution, ["show me"] = CommandKind.Solution, ["give up"] = CommandKind.Solution, ["i give up"] = CommandKind.Solution,
        ["worked solution"] = CommandKind.Solution, ["what is the answer"] = CommandKind.Solution, ["what's the answer"] = CommandKind.Solution, ["tell me the answer"] = CommandKind.Solution,
        ["skip"] = CommandKind.Skip, ["pass"] = CommandKind.Skip, ["skip it"] = CommandKind.Skip, ["skip this"] = CommandKind.Skip, ["skip question"] = CommandKind.Skip,
        ["why"] = CommandKind.Explain, ["explain"] = CommandKind.Explain, ["explain this"] = CommandKind.Explain, ["explain that"] = CommandKind.Explain, ["explain it"] = CommandKind.Explain,
        ["why is that"] = CommandKind.Explain, ["how come"] = CommandKind.Explain, ["i don't understand"] = CommandKind.Explain, ["i dont understand"] = CommandKind.Explain,
        ["reset"] = CommandKind.Reset, ["start over"] = CommandKind.Reset, ["reset progress"] = CommandKind.Reset, ["reset my progress"] = CommandKind.Reset,
        ["stop"] = CommandKind.Stop, ["quit"] = CommandKind.Stop, ["exit"] = CommandKind.Stop, ["bye"] = CommandKind.Stop, ["goodbye"] = CommandKind.Stop, ["pause"] = CommandKind.Stop, ["see you"] = CommandKind.Stop,
        ["yes"] = CommandKind.Yes, ["y"] = CommandKind.Yes, ["yes please"] = CommandKind.Yes, ["sure"] = CommandKind.Yes, ["confirm"] = CommandKind.Yes,
        ["no"] = CommandKind.No, ["n"] = CommandKind.No, ["cancel"] = CommandKind.No, ["no thanks"] = CommandKind.No,
        ["simulate"] = CommandKind.Simulate, ["simulation"] = CommandKind.Simulate, ["what if"] = CommandKind.Simulate,
    };

    private static readonly (Regex Pattern, CommandKind Kind)[] Prefixed =
    [
        (QuizPattern(), CommandKind.Quiz),
        (SimulatePattern(), CommandKind.Simulate),
        (JoinPattern(), CommandKind.Join),
        (ClassReportPattern(), CommandKind.ClassReport),
        (NamePattern(), CommandKind.Name),
    ];

    /// <summary>Reads <paramref name="cleanedText"/> (see <see cref="InputText.Clean"/>) as a command.</summary>
    public static ParsedCommand Parse(string cleanedText)
    {
        ArgumentNullException.ThrowIfNull(cleanedText);
        var key = Normalize(cleanedText);
        if (Phrases.TryGetValue(key, out var kind))
        {
            return new ParsedCommand(kind, string.Empty);
        }

        foreach (var (pattern, prefixedKind) in Prefixed)
        {
            var match = pattern.Match(cleanedText.Trim());
            if (match.Success)
            {
                return new ParsedCommand(prefixedKind, match.Groups["arg"].Value.Trim().TrimEnd('.', '!', '?').Trim());
            }
        }

        return new ParsedCommand(CommandKind.None, string.Empty);
    }

    /// <summary>Lower case, without leading slash and trailing punctuation or "please".</summary>
    private static string Normalize(string text)
    {
        var key = text.Trim().TrimStart('/').ToLowerInvariant().TrimEnd('.', '!', '?', ' ');
        foreach (var filler in new[] { " please", ", please" })
        {
            if (key.EndsWith(filler, StringComparison.Ordinal))
            {
                key = key[..^filler.Length].TrimEnd(',', ' ');
            }
        }

        return key.StartsWith("please ", StringComparison.Ordinal) ? key["please ".Length..] : key;
    }

    [GeneratedRegex(@"^/?(?:quiz\s+me\s+(?:on|about)|quiz\s+(?:on|about)|quiz|practi[cs]e|teach\s+me(?:\s+about)?|focus\s+on|topic|i\s+want\s+to\s+(?:learn|practi[cs]e)(?:\s+about)?)\s+(?<arg>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex QuizPattern();

    [GeneratedRegex(@"^/?(?:simulate|sim|what\s+if|what\s+happens\s+if)\s*[:,]?\s+(?<arg>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SimulatePattern();

    [GeneratedRegex(@"^/?join(?:\s+(?:class|the\s+class))?(?:\s+code)?\s*[:#]?\s*(?<arg>[A-Za-z0-9-]{3,20})\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex JoinPattern();

    [GeneratedRegex(@"^/?(?:class\s+report|report\s+(?:on\s+|for\s+)?class)\s*[:#]?\s*(?<arg>[A-Za-z0-9-]{3,20})\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ClassReportPattern();

    [GeneratedRegex(@"^/?(?:my\s+name\s+is|call\s+me|my\s+name's|name)\s*[:]?\s+(?<arg>.{1,60})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NamePattern();
}
