using ElectroTutor.Tutoring.Bank.Templates;
using ElectroTutor.Tutoring.Mastery;
using ElectroTutor.Tutoring.Skills;

namespace ElectroTutor.Tutoring.Bank;

/// <summary>The loaded, cross-checked question bank: skills, misconceptions and templates.</summary>
public sealed class QuestionBank
{
    private readonly Dictionary<string, ItemTemplate> templatesById;

    internal QuestionBank(SkillGraph skills, IReadOnlyList<Misconception> misconceptions, IReadOnlyList<ItemTemplate> templates, ItemDifficulty? easiness = null)
    {
        Easiness = easiness ?? ItemDifficulty.None;
        Skills = skills;
        Misconceptions = misconceptions.ToDictionary(m => m.Id, StringComparer.Ordinal);
        Templates = templates;
        templatesById = templates.ToDictionary(t => t.Id, StringComparer.Ordinal);
    }

    /// <summary>The skills graph.</summary>
    public SkillGraph Skills { get; }

    /// <summary>Misconceptions by id.</summary>
    public IReadOnlyDictionary<string, Misconception> Misconceptions { get; }

    /// <summary>Every template, in file order.</summary>
    public IReadOnlyList<ItemTemplate> Templates { get; }

    /// <summary>
    /// Easiness offsets (log-odds) by template id from <c>item-easiness.yaml</c>, fitted on the tutor's logged
    /// attempts; a template without one has 0. They shift predicted P(correct), never mastery.
    /// </summary>
    public ItemDifficulty Easiness { get; }

    /// <summary>Finds a template by id.</summary>
    /// <param name="id">Template id.</param>
    /// <param name="template">The template when found.</param>
    /// <returns>Whether it exists.</returns>
    public bool TryGetTemplate(string id, out ItemTemplate template) => templatesById.TryGetValue(id, out template!);
}
