using ElectroTutor.Simulation.Scenarios;
using ElectroTutor.Tutoring.Bank;
using ElectroTutor.Tutoring.Items;

namespace ElectroTutor.Cli.LoadTest;

/// <summary>
/// Works out what a simulated learner types for a question the server asked: the right answer, regenerated from the
/// item id (<c>templateId:seed</c>) with the same generator and bank the tutor uses, or a plausible wrong one.
/// One per learner, so nothing here is shared between threads. <paramref name="catalog"/> should be the tutor's
/// (the default catalog when null).
/// </summary>
internal sealed class AnswerKey(QuestionBank bank, ScenarioCatalog? catalog = null)
{
    private readonly ItemGenerator generator = new(catalog ?? ScenarioCatalog.Default);

    /// <summary>What a learner types for <paramref name="itemId"/>; null when the id names no item of this bank.</summary>
    public string? Answer(string itemId, bool right) =>
        ItemAnswerKey.TryParseItemId(itemId, out var templateId, out var seed)
        && bank.TryGetTemplate(templateId, out var template)
        && generator.Generate(template, seed).Item is { } item
            ? right ? ItemAnswerKey.Right(item) : ItemAnswerKey.Wrong(item)
            : null;
}
