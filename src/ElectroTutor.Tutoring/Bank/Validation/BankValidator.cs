using ElectroTutor.Tutoring.Bank.Templates;
using ElectroTutor.Tutoring.Items;

namespace ElectroTutor.Tutoring.Bank.Validation;

/// <summary>
/// Checks a loaded bank the way learners will meet it: generates many items per template and checks each answer is
/// finite and plausible, texts render, choices have exactly one right option, declared misconceptions are
/// distinguishable for at least some seeds, different seeds give different items, and every skill is covered.
/// </summary>
public sealed class BankValidator(ItemGenerator generator)
{
    /// <summary>Templates each skill needs at least.</summary>
    public const int TemplatesPerSkill = 2;

    /// <summary>Validates one template over seeds 1…<paramref name="seedCount"/>.</summary>
    /// <param name="template">The template.</param>
    /// <param name="seedCount">How many items to generate.</param>
    /// <returns>Problems, each located at the template.</returns>
    public IReadOnlyList<BankError> ValidateTemplate(ItemTemplate template, int seedCount)
    {
        ArgumentNullException.ThrowIfNull(template);
        var problems = new List<string>();
        var prompts = new HashSet<string>(StringComparer.Ordinal);
        var diagnosable = new HashSet<string>(StringComparer.Ordinal);
        for (var seed = 1L; seed <= seedCount && problems.Count < 5; seed++)
        {
            var result = generator.Generate(template, seed);
            if (result.Item is not { } item)
            {
                problems.Add(result.Error!);
                continue;
            }

            prompts.Add(item.Prompt + string.Join('|', item.Choices.Select(c => c.Text)));
            diagnosable.UnionWith(item.Variants.Select(v => v.MisconceptionId));
            problems.AddRange(CheckItem(item).Select(p => $"seed {seed}: {p}"));
        }

        if (template.Parameters.Count > 0 && seedCount > 1 && prompts.Count < 2)
        {
            problems.Add($"every one of {seedCount} seeds gave the same question; parameters do not vary it.");
        }

        foreach (var variant in template.Variants.Where(v => !diagnosable.Contains(v.MisconceptionId)))
        {
            problems.Add($"misconception '{variant.MisconceptionId}' is within tolerance of the answer for every seed, so it can never be diagnosed.");
        }

        return problems.Select(p => new BankError(template.File, template.Line, $"template '{template.Id}': {p}")).ToList();
    }

    /// <summary>Checks that skills are covered and generic mistakes are declared.</summary>
    /// <param name="bank">The bank.</param>
    /// <returns>Problems found.</returns>
    public static IReadOnlyList<BankError> ValidateCoverage(QuestionBank bank)
    {
        ArgumentNullException.ThrowIfNull(bank);
        var errors = new List<BankError>();
        foreach (var skill in bank.Skills.Skills)
        {
            var count = bank.Templates.Count(t => t.Skills.Contains(skill.Id, StringComparer.Ordinal));
            if (count < TemplatesPerSkill)
            {
                errors.Add(new BankError("skills.yaml", 0, $"skill '{skill.Id}' has {count} template(s); every skill needs at least {TemplatesPerSkill}."));
            }
        }

        errors.AddRange(GenericMistakes.Ids
            .Where(id => !bank.Misconceptions.ContainsKey(id))
            .Select(id => new BankError("misconceptions.yaml", 0, $"the generic mistake '{id}' must be declared.")));
        return errors;
    }

    private static IEnumerable<string> CheckItem(Item item)
    {
        if (item.Answer is { } answer && item.AnswerUnit is { } unit && !PlausibleRange.Contains(unit, answer))
        {
            yield return $"answer {answer} {unit} is outside the plausible range ({PlausibleRange.Describe(unit)}).";
        }

        if (item.Hints.Any(string.IsNullOrWhiteSpace) || string.IsNullOrWhiteSpace(item.Solution) || string.IsNullOrWhiteSpace(item.Prompt))
        {
            yield return "a hint, the solution or the prompt renders empty.";
        }

        if (item.Choices.Select(c => c.Text).Distinct(StringComparer.Ordinal).Count() != item.Choices.Count)
        {
            yield return "two choices read the same.";
        }
    }
}
