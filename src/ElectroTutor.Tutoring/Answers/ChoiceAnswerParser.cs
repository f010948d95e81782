using System.Globalization;
using System.Text.RegularExpressions;

namespace ElectroTutor.Tutoring.Answers;

/// <summary>
/// Reads which option of a multiple-choice item a learner chose: a letter ("b", "B", "(b)", "b)", "option b",
/// "answer: B"), the option's number when the item shows numbers ("2"), its position ("the second one"), or the
/// option's text, compared without case, spaces, punctuation or Unicode variants (K⁺ = K+). Several letters are ambiguous; an unknown letter is named.
/// </summary>
public sealed partial class ChoiceAnswerParser
{
    private static readonly string[] Ordinals = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth"];

    private readonly string[] _folded;

    /// <summary>Creates a parser for one item's options, in the order shown (a, b, c …).</summary>
    /// <param name="choices">The option texts; between 1 and 26.</param>
    /// <param name="numbersShown">True when options are shown numbered 1, 2, 3 …, so a bare number picks one.</param>
    public ChoiceAnswerParser(IReadOnlyList<string> choices, bool numbersShown = false)
    {
        ArgumentNullException.ThrowIfNull(choices);
        if (choices.Count is < 1 or > 26)
        {
            throw new ArgumentOutOfRangeException(nameof(choices), choices.Count, "An item has from 1 to 26 options.");
        }

        Choices = [.. choices];
        NumbersShown = numbersShown;
        _folded = [.. choices.Select(ChoiceText.Fold)];
    }

    /// <summary>The option texts, in order.</summary>
    public IReadOnlyList<string> Choices { get; }

    /// <summary>Whether options are shown numbered.</summary>
    public bool NumbersShown { get; }

    /// <summary>Reads the learner's choice.</summary>
    /// <param name="text">The learner's text; null is treated as empty.</param>
    /// <returns>The option chosen, or why none could be read.</returns>
    public ChoiceParseResult Parse(string? text)
    {
        try
        {
            return ParseChecked(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return ChoiceParseResult.Fail(ChoiceParseFailure.Unreadable, $"I couldn't read that in time. Please answer with {Valid()}.");
        }
    }

    private ChoiceParseResult ParseChecked(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return ChoiceParseResult.Fail(ChoiceParseFailure.Empty, $"Please choose an option: {Valid()}.");
        }

        if (text.Trim().Length > AnswerText.MaxLength || AnswerText.HasForbiddenCharacter(text))
        {
            return ChoiceParseResult.Fail(ChoiceParseFailure.Unreadable, $"I couldn't read that. Please answer with {Valid()}.");
        }

        var answer = ChoiceHedges.Strip(AnswerText.Normalize(text));
        return ByText(answer) ?? ByLetterAndText(answer) ?? ByLetters(answer) ?? ByNumber(answer) ?? ByOrdinal(answer)
            ?? ChoiceParseResult.Fail(ChoiceParseFailure.NoMatch, $"I couldn't match \"{answer}\" to an option. Please answer with {Valid()} or the option's text.");
    }

    private ChoiceParseResult? ByText(string answer)
    {
        var folded = ChoiceText.Fold(answer);
        var matches = Enumerable.Range(0, _folded.Length).Where(i => folded.Length > 0 && _folded[i] == folded).ToList();
        return matches.Count switch
        {
            0 => null,
            1 => ChoiceParseResult.Chosen(matches[0]),
            _ => ChoiceParseResult.Fail(ChoiceParseFailure.Ambiguous, $"Several options read \"{answer}\". Please answer with a letter: {ChoiceText.Letters(Choices.Count)}."),
        };
    }

    private ChoiceParseResult? ByLetterAndText(string answer)
    {
        var match = LetterThenText().Match(answer);
        if (!match.Success)
        {
            return null;
        }

        var index = char.ToLowerInvariant(match.Groups["letter"].Value[0]) - 'a';
        if (index >= Choices.Count)
        {
            return UnknownLetter(match.Groups["letter"].Value);
        }

        return _folded[index] == ChoiceText.Fold(match.Groups["text"].Value)
            ? ChoiceParseResult.Chosen(index)
            : ChoiceParseResult.Fail(ChoiceParseFailure.Ambiguous, $"Option {(char)('a' + index)} is \"{Choices[index]}\", but you wrote \"{match.Groups["text"].Value}\". Which did you mean?");
    }

    private ChoiceParseResult? ByLetters(string answer)
    {
        var tokens = Separators().Split(answer)
            .Select(t => t.Trim('(', ')', '[', ']', '.', ' '))
            .Where(t => t.Length > 0 && !Conjunction().IsMatch(t))
            .ToList();
        if (tokens.Count == 1 && tokens[0].Length is >= 2 and <= 4 && tokens[0].All(char.IsAsciiLetter) && tokens[0].All(c => char.ToLowerInvariant(c) - 'a' < Choices.Count))
        {
            tokens = [.. tokens[0].Select(c => c.ToString())];
        }

        if (tokens.Count == 0 || !tokens.All(t => t.Length == 1 && char.IsAsciiLetter(t[0])))
        {
            return null;
        }

        var letters = tokens.Select(t => char.ToLowerInvariant(t[0])).Distinct().ToList();
        if (letters.Count > 1)
        {
            return ChoiceParseResult.Fail(ChoiceParseFailure.Ambiguous, $"You named {letters.Count} options ({string.Join(", ", letters)}). Please choose just one.");
        }

        var index = letters[0] - 'a';
        return index < Choices.Count ? ChoiceParseResult.Chosen(index) : UnknownLetter(letters[0].ToString());
    }

    private ChoiceParseResult? ByNumber(string answer)
    {
        var match = NumberLabel().Match(answer);
        if (!match.Success)
        {
            return null;
        }

        if (!NumbersShown)
        {
            return ChoiceParseResult.Fail(ChoiceParseFailure.NoMatch, $"The options are lettered: please answer with {ChoiceText.Letters(Choices.Count)}.");
        }

        var ok = int.TryParse(match.Groups["number"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var number);
        return ok && number >= 1 && number <= Choices.Count
            ? ChoiceParseResult.Chosen(number - 1)
            : ChoiceParseResult.Fail(ChoiceParseFailure.UnknownOption, $"There is no option {match.Groups["number"].Value}. Please choose {ChoiceText.Numbers(Choices.Count)}.");
    }

    // "the second one", "last option": position words are unambiguous whether options show letters or numbers.
    private ChoiceParseResult? ByOrdinal(string answer)
    {
        var match = Ordinal().Match(answer);
        if (!match.Success)
        {
            return null;
        }

        var word = match.Groups["ordinal"].Value.ToLowerInvariant();
        var index = word == "last" ? Choices.Count - 1 : Array.IndexOf(Ordinals, word);
        return index < Choices.Count
            ? ChoiceParseResult.Chosen(index)
            : ChoiceParseResult.Fail(ChoiceParseFailure.UnknownOption, $"There are only {Choices.Count} options. Please choose {ChoiceText.Letters(Choices.Count)}.");
    }

    private ChoiceParseResult UnknownLetter(string letter) =>
        ChoiceParseResult.Fail(ChoiceParseFailure.UnknownOption, $"There is no option {letter.ToLowerInvariant()}. Please choose {ChoiceText.Letters(Choices.Count)}.");

    private string Valid() => NumbersShown
        ? $"a letter ({ChoiceText.Letters(Choices.Count)}) or a number ({ChoiceText.Numbers(Choices.Count)})"
        : $"a letter ({ChoiceText.Letters(Choices.Count)})";

    [GeneratedRegex(@"^[(\[]?(?<letter>[A-Za-z])\s*[).:\]]\s*(?<text>\S.*)$", RegexOptions.None, 1000)]
    private static partial Regex LetterThenText();

    [GeneratedRegex(@"[\s,;/&+]+", RegexOptions.None, 1000)]
    private static partial Regex Separators();

    [GeneratedRegex(@"^(?:and|or|maybe)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Conjunction();

    [GeneratedRegex(@"^(?:the\s+)?(?<ordinal>first|second|third|fourth|fifth|sixth|seventh|eighth|last)(?:\s+(?:one|option|choice|answer))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Ordinal();

    [GeneratedRegex(@"^[(\[]?(?<number>[0-9]{1,4})[).\]]?$", RegexOptions.None, 1000)]
    private static partial Regex NumberLabel();
}
