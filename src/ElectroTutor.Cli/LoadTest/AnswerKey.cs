using ElectroTutor.Simulation.Scenarios;
using ElectroTutor.Tutoring.Bank;
using ElectroTutor.Tutoring.Items;

namespace ElectroTutor.Cli.LoadTest;

/// <summary>
/// Works out what a simulated learner types for a question the server asked: the right answer, regenerated from the
/// item id (<c>templateId:seed</c>) with the same generator and bank the tutor uses, or a plausible wrong one.
/// <paramref name="generator"/> should generate with the tutor's catalog; it may be shared between learners.
/// </summary>
internal sealed class AnswerKey(QuestionBank bank, MemoizedItemGenerator generator)
{
    /// <summary>A key with a generator of its own over <paramref name="catalog"/>.</summary>
    public AnswerKey(QuestionBank bank, ScenarioCatalog catalog)
        : this(bank, new MemoizedItemGenerator(new ItemGenerator(catalog)))
    {
    }

    /// <summary>What a learner types for <paramref name="itemId"/>; null when the id names no item of this bank.</summary>
    public string? Answer(string itemId, bool right) =>
        ItemAnswerKey.TryParseItemId(itemId, out var templateId, out var seed)
        && bank.TryGetTemplate(templateId, out var template)
        && generator.Generate(template, seed).Item is { } item
            ? right ? ItemAnswerKey.Right(item) : ItemAnswerKey.Wrong(item)
            : null;
}
