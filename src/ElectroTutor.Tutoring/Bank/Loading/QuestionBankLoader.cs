using ElectroTutor.Simulation.Scenarios;
using ElectroTutor.Tutoring.Bank.Templates;
using ElectroTutor.Tutoring.Mastery;
using ElectroTutor.Tutoring.Skills;

namespace ElectroTutor.Tutoring.Bank.Loading;

/// <summary>
/// Loads the bank from its files and checks everything that can be checked without generating items: syntax, unknown
/// keys, ids, skills and prerequisites, misconception references, simulator models, inputs and quantities, and the
/// names formulas use. Every problem is reported with its file and line; nothing is silently dropped.
/// </summary>
public static class QuestionBankLoader
{
    /// <summary>The optional file of per-template easiness offsets, fitted on the tutor's own logs.</summary>
    public const string ItemEasinessFile = "item-easiness.yaml";

    /// <summary>Loads and cross-checks a bank.</summary>
    /// <param name="sources">The bank's files: <c>skills.yaml</c>, <c>misconceptions.yaml</c> and <c>templates/*.yaml</c>.</param>
    /// <param name="catalog">The simulator models templates may call.</param>
    /// <returns>The bank when sound, and every error.</returns>
    public static QuestionBankLoadResult Load(IEnumerable<BankSource> sources, ScenarioCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(catalog);
        var errors = new List<BankError>();
        var skills = new List<Skill>();
        var misconceptions = new List<Misconception>();
        var templates = new List<ItemTemplate>();
        var easiness = new List<ItemEasinessEntry>();
        string? skillsFile = null;
        foreach (var source in sources)
        {
            var root = YamlDocument.Read(source.Name, source.Reader, errors);
            if (root is null)
            {
                continue;
            }

            if (source.Name == "skills.yaml")
            {
                skillsFile = source.Name;
                skills.AddRange(SkillGraphReader.Read(source.Name, root, errors));
            }
            else if (source.Name == "misconceptions.yaml")
            {
                misconceptions.AddRange(MisconceptionReader.Read(source.Name, root, errors));
            }
            else if (source.Name == ItemEasinessFile)
            {
                easiness.AddRange(ItemEasinessReader.Read(source.Name, root, errors));
            }
            else if (source.Name.StartsWith("templates/", StringComparison.Ordinal))
            {
                templates.AddRange(TemplateReader.Read(source.Name, root, errors));
            }
            else
            {
                errors.Add(new BankError(source.Name, 0, "not a bank file: expected skills.yaml, misconceptions.yaml, item-easiness.yaml or templates/*.yaml."));
            }
        }

        var graph = SkillGraph.TryCreate(skills, out var graphProblems);
        errors.AddRange(graphProblems.Select(p => new BankError(skillsFile ?? "skills.yaml", 0, p)));
        if (skillsFile is null)
        {
            errors.Add(new BankError("skills.yaml", 0, "the bank has no skills.yaml."));
        }

        errors.AddRange(Duplicates(misconceptions, templates));

        var known = new TemplateReferences(graph, misconceptions.Select(m => m.Id).ToHashSet(StringComparer.Ordinal), catalog);
        foreach (var template in templates)
        {
            errors.AddRange(known.Check(template).Select(problem => new BankError(template.File, template.Line, $"template '{template.Id}': {problem}")));
        }

        errors.AddRange(CheckEasiness(easiness, templates));
        var bank = errors.Count == 0 && graph is not null
            ? new QuestionBank(graph, misconceptions.DistinctBy(m => m.Id, StringComparer.Ordinal).ToList(), templates, EasinessOf(easiness))
            : null;
        return new QuestionBankLoadResult(bank, errors);
    }

    private static IEnumerable<BankError> Duplicates(List<Misconception> misconceptions, List<ItemTemplate> templates)
    {
        foreach (var duplicate in misconceptions.GroupBy(m => m.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            yield return new BankError("misconceptions.yaml", 0, $"misconception id '{duplicate.Key}' is used twice.");
        }

        foreach (var duplicate in templates.GroupBy(t => t.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            yield return new BankError(duplicate.Last().File, duplicate.Last().Line, $"template id '{duplicate.Key}' is used twice.");
        }
    }

    private static IEnumerable<BankError> CheckEasiness(List<ItemEasinessEntry> entries, List<ItemTemplate> templates)
    {
        var known = templates.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var entry in entries.Where(e => !known.Contains(e.TemplateId)))
        {
            yield return new BankError(ItemEasinessFile, entry.Line, $"template '{entry.TemplateId}' is not in the bank.");
        }

        foreach (var duplicate in entries.GroupBy(e => e.TemplateId, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            yield return new BankError(ItemEasinessFile, duplicate.Last().Line, $"template '{duplicate.Key}' is listed twice.");
        }
    }

    private static ItemDifficulty EasinessOf(List<ItemEasinessEntry> entries) => entries.Count == 0
        ? ItemDifficulty.None
        : ItemDifficulty.FromOffsets(entries.ToDictionary(e => e.TemplateId, e => (e.Easiness, e.Attempts), StringComparer.Ordinal));
}
