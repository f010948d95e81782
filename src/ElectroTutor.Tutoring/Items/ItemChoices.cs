using ElectroTutor.Tutoring.Bank.Templates;

namespace ElectroTutor.Tutoring.Items;

/// <summary>Builds the lettered options of choice items and the shuffled events of ordering items.</summary>
internal static class ItemChoices
{
    public static IReadOnlyList<ItemChoice> Build(ItemTemplate template, Dictionary<string, double> values, SeededRandom random, TextPatterns texts)
    {
        if (template.Choices.Count == 0)
        {
            return [];
        }

        var options = template.Choices
            .Select(c => (Text: texts.Render(c.Text, values), Correct: c.CorrectWhen is null ? c.IsCorrect : c.CorrectWhen.Evaluate(values) != 0, c.MisconceptionId))
            .ToList();
        var correct = options.Count(o => o.Correct);
        if (correct != 1)
        {
            throw new ItemGenerationException($"{correct} choices are correct for these parameters; exactly one must be.");
        }

        if (template.ShuffleChoices)
        {
            random.Shuffle(options);
        }

        return options.Select((o, i) => new ItemChoice(Letter(i), o.Text, o.Correct, o.Correct ? null : o.MisconceptionId)).ToList().AsReadOnly();
    }

    public static (IReadOnlyList<ItemChoice> Shown, IReadOnlyList<string> CorrectOrder) Shuffle(IReadOnlyList<string> events, SeededRandom random)
    {
        if (events.Count == 0)
        {
            return ([], []);
        }

        var order = Enumerable.Range(0, events.Count).ToList();
        for (var attempt = 0; attempt < 10 && order.SequenceEqual(Enumerable.Range(0, events.Count)); attempt++)
        {
            random.Shuffle(order);
        }

        // order[k] = index of the event shown at position k; the correct answer lists positions by event index.
        var shown = order.Select((eventIndex, position) => new ItemChoice(Letter(position), events[eventIndex], false, null)).ToList();
        var correct = Enumerable.Range(0, events.Count).Select(eventIndex => Letter(order.IndexOf(eventIndex))).ToList();
        return (shown.AsReadOnly(), correct.AsReadOnly());
    }

    public static string Letter(int index) => ((char)('A' + index)).ToString();
}
