using ElectroTutor.Tutoring.Answers;
using ElectroTutor.Tutoring.Items;

namespace ElectroTutor.Tutoring.Checking;

/// <summary>Choice items: a letter, a position or the option's text; a distractor names its misconception.</summary>
internal static class ChoiceCheck
{
    public static ItemVerdict Check(Item item, string? text, ChoiceParsers parsers, Func<string, string> feedbackFor)
    {
        var correct = item.Choices.First(c => c.IsCorrect);
        var parsed = parsers.For([.. item.Choices.Select(c => c.Text)]).Parse(text);
        if (parsed.Failure == ChoiceParseFailure.NoMatch && Leads(item) is { } leads)
        {
            var byLead = parsers.For(leads).Parse(text);
            parsed = byLead.IsSuccess ? byLead : parsed;
        }

        if (!parsed.IsSuccess)
        {
            return new ItemVerdict
            {
                Verdict = parsed.Failure == ChoiceParseFailure.Ambiguous ? AnswerVerdict.Ambiguous : AnswerVerdict.Unparseable,
                Feedback = parsed.Message,
                ExpectedText = correct.Letter,
            };
        }

        var chosen = item.Choices[parsed.Index];
        var verdict = new ItemVerdict
        {
            Verdict = chosen.IsCorrect ? AnswerVerdict.Correct : AnswerVerdict.Incorrect,
            Feedback = chosen.IsCorrect ? "Correct." : $"Not {chosen.Letter}.",
            ExpectedText = correct.Letter,
            ParsedText = chosen.Letter,
        };
        return chosen.MisconceptionId is { } id
            ? verdict with { MisconceptionId = id, Feedback = $"Not {chosen.Letter}. {feedbackFor(id)}" }
            : verdict;
    }

    // Options written "Yes — it fires …" may be answered by their lead word ("yes"), but only when every option has a
    // distinct lead, so a lead never stands for two options.
    private static List<string>? Leads(Item item)
    {
        var leads = item.Choices.Select(c => c.Text.Split([" — ", " – ", " - ", ": "], 2, StringSplitOptions.None)[0].Trim()).ToList();
        var distinct = leads.Distinct(StringComparer.OrdinalIgnoreCase).Count() == leads.Count;
        return distinct && leads.TrueForAll(l => l.Length > 0) && !leads.SequenceEqual(item.Choices.Select(c => c.Text), StringComparer.Ordinal) ? leads : null;
    }
}
