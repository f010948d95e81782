using ElectroTutor.Simulation.Scenarios;
using ElectroTutor.Tutoring.Bank.Templates;
using ElectroTutor.Tutoring.Formulas;
using ElectroTutor.Tutoring.Skills;

namespace ElectroTutor.Tutoring.Bank.Loading;

/// <summary>Checks what a template names against what exists: skills, misconceptions, simulator names, formula names, and what its kind needs.</summary>
internal sealed class TemplateReferences(SkillGraph? skills, IReadOnlySet<string> misconceptions, ScenarioCatalog catalog)
{
    private const int MinimumHints = 3;

    public IEnumerable<string> Check(ItemTemplate template)
    {
        if (template.Skills.Count == 0)
        {
            yield return "needs at least one skill.";
        }

        foreach (var skill in template.Skills.Where(s => skills is not null && !skills.Contains(s)))
        {
            yield return $"names unknown skill '{skill}'.";
        }

        if (template.Hints.Count < MinimumHints)
        {
            yield return $"needs a hint ladder of at least {MinimumHints} hints (has {template.Hints.Count}).";
        }

        var referenced = template.Variants.Select(v => v.MisconceptionId)
            .Concat(template.Choices.Select(c => c.MisconceptionId).OfType<string>())
            .Concat(template.ShortAnswer?.Rejected.Select(r => r.MisconceptionId) ?? []);
        foreach (var id in referenced.Where(id => !misconceptions.Contains(id)).Distinct(StringComparer.Ordinal))
        {
            yield return $"names unknown misconception '{id}' (add it to misconceptions.yaml).";
        }

        foreach (var problem in CheckNames(template).Concat(CheckKind(template)).Concat(CheckSimulator(template)))
        {
            yield return problem;
        }
    }

    private static IEnumerable<string> CheckNames(ItemTemplate template)
    {
        var names = new HashSet<string>(template.Parameters.Select(p => p.Name), StringComparer.Ordinal);
        foreach (var duplicate in template.Parameters.GroupBy(p => p.Name, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            yield return $"parameter '{duplicate.Key}' is declared twice.";
        }

        foreach (var derived in template.Derived)
        {
            foreach (var problem in Unknown(derived.Formula, names, $"derived value '{derived.Name}'"))
            {
                yield return problem;
            }

            if (!names.Add(derived.Name) || derived.Name is "answer" or "simulated")
            {
                yield return $"derived value '{derived.Name}' reuses a name.";
            }
        }

        foreach (var problem in template.Constraints.SelectMany(c => Unknown(c, names, "a constraint")))
        {
            yield return problem;
        }

        var withSimulated = names.Append("simulated").ToHashSet(StringComparer.Ordinal);
        var withAnswer = names.Append("answer").ToHashSet(StringComparer.Ordinal);
        var withBoth = withSimulated.Append("answer").ToHashSet(StringComparer.Ordinal);
        var checks = new List<(Formula? Formula, IReadOnlySet<string> Allowed, string Where)>
        {
            (template.Answer?.Value, template.Answer?.Simulator is null ? names : withSimulated, "the answer's value"),
        };
        checks.AddRange(template.Variants.Select(v => (v.Value, (IReadOnlySet<string>)withBoth, $"misconception '{v.MisconceptionId}'")));
        checks.AddRange(template.Choices.Select(c => (c.CorrectWhen, (IReadOnlySet<string>)withAnswer, $"choice '{c.Text}'")));
        foreach (var (formula, allowed, where) in checks)
        {
            foreach (var problem in formula is null ? [] : Unknown(formula, allowed, where))
            {
                yield return problem;
            }
        }
    }

    private static IEnumerable<string> Unknown(Formula formula, IReadOnlySet<string> allowed, string where) =>
        formula.Variables.Where(v => !allowed.Contains(v)).Select(v => $"{where} uses '{v}', which is not defined before it.");

    private static IEnumerable<string> CheckKind(ItemTemplate template)
    {
        switch (template.Kind)
        {
            case TemplateKind.Numeric when template.Answer is null:
                yield return "a numeric template needs an 'answer'.";
                break;
            case TemplateKind.Choice when template.Choices.Count < 2:
                yield return "a choice template needs at least 2 choices.";
                break;
            case TemplateKind.Choice when template.Choices.Any(c => c.CorrectWhen is not null) && template.Answer is null:
                yield return "choices with 'correctWhen' need an 'answer' to test.";
                break;
            case TemplateKind.Choice when template.Choices.All(c => c.CorrectWhen is null) && template.Choices.Count(c => c.IsCorrect) != 1:
                yield return "a choice template needs exactly one choice marked correct: true (or correctWhen formulas).";
                break;
            case TemplateKind.Ordering when template.OrderingItems.Count < 3:
                yield return "an ordering template needs at least 3 entries under 'order'.";
                break;
        }

        if (template.Kind != TemplateKind.Numeric && template.Variants.Count > 0)
        {
            yield return "'misconceptions' variants apply to numeric templates; name a choice's misconception on the choice.";
        }
    }

    private IEnumerable<string> CheckSimulator(ItemTemplate template)
    {
        if (template.Answer?.Simulator is not { } call)
        {
            if (template.Variants.Any(v => v.InputOverrides.Count > 0 || v.Quantity is not null))
            {
                yield return "misconception variants replace simulator inputs, but the answer uses no simulator model.";
            }

            yield break;
        }

        var model = catalog.Models.FirstOrDefault(m => m.Name == call.Model);
        if (model is null)
        {
            yield return $"names unknown simulator model '{call.Model}' (models: {string.Join(", ", catalog.Models.Select(m => m.Name))}).";
            yield break;
        }

        var inputs = model.Inputs.SelectMany(p => p.Aliases.Prepend(p.Name)).ToHashSet(StringComparer.Ordinal);
        var quantities = model.Quantities.Select(q => q.Name).ToHashSet(StringComparer.Ordinal);
        var allInputs = call.Inputs.Concat(template.Variants.SelectMany(v => v.InputOverrides));
        foreach (var input in allInputs.Select(i => i.Input).Where(i => !inputs.Contains(i)).Distinct(StringComparer.Ordinal))
        {
            yield return $"model '{model.Name}' has no input '{input}'.";
        }

        var allQuantities = template.Variants.Select(v => v.Quantity).Prepend(call.Quantity).OfType<string>();
        foreach (var quantity in allQuantities.Where(q => !quantities.Contains(q)).Distinct(StringComparer.Ordinal))
        {
            yield return $"model '{model.Name}' has no quantity '{quantity}'.";
        }
    }
}
