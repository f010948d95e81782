using ElectroTutor.Simulation.Scenarios;
using ElectroTutor.Tutoring.Bank.Templates;
using ElectroTutor.Tutoring.Formulas;

namespace ElectroTutor.Tutoring.Items;

/// <summary>
/// Generates items from templates: draws parameters with a seeded generator until the template's constraints hold,
/// computes the answer and every buggy variant with the simulator, keeps only variants distinguishable from the answer
/// and from each other, and fills the text with the item's numbers. The items it returns are immutable (their lists are
/// read-only), so they may be shared; the texts it fills are scanned once per generator. Safe to share between threads.
/// </summary>
public sealed class ItemGenerator(ScenarioCatalog catalog)
{
    /// <summary>How many parameter draws may fail the constraints before the seed is given up on.</summary>
    public const int MaximumDraws = 200;

    private readonly TextPatterns texts = new();

    /// <summary>Generates the item for a template and seed.</summary>
    /// <param name="template">The template.</param>
    /// <param name="seed">Any integer; the same seed always gives the same item.</param>
    /// <returns>The item, or an error for authors.</returns>
    public ItemGenerationResult Generate(ItemTemplate template, long seed)
    {
        ArgumentNullException.ThrowIfNull(template);
        try
        {
            return new ItemGenerationResult(Build(template, seed), null);
        }
        catch (Exception exception) when (exception is FormulaException or ScenarioException or ItemGenerationException)
        {
            return new ItemGenerationResult(null, $"template '{template.Id}', seed {seed}: {exception.Message}");
        }
    }

    private Item Build(ItemTemplate template, long seed)
    {
        var random = new SeededRandom(template.Id, seed);
        var values = Draw(template, random);
        var spec = template.Answer;
        double? answer = null;
        if (spec is not null)
        {
            answer = Compute(spec.Simulator, spec.Value, values, null);
            if (!double.IsFinite(answer.Value))
            {
                throw new ItemGenerationException($"the answer is {answer.Value}.");
            }

            values["answer"] = answer.Value;
        }

        var choices = ItemChoices.Build(template, values, random, texts);
        var ordering = ItemChoices.Shuffle(template.OrderingItems, random);
        return new Item
        {
            TemplateId = template.Id,
            Seed = seed,
            Kind = template.Kind,
            Skills = template.Skills,
            Difficulty = template.Difficulty,
            Prompt = texts.Render(template.Prompt, values),
            Parameters = template.Parameters.Select(p => new ItemParameter(p.Name, values[p.Name], p.Unit)).ToList().AsReadOnly(),
            Answer = answer,
            AnswerUnit = spec?.Unit,
            Tolerance = spec?.Tolerance,
            AnswerCatalogUnit = spec?.AnswerUnit,
            SignificantFigures = spec?.SignificantFigures,
            Variants = template.Kind == TemplateKind.Numeric && spec is not null ? Variants(template, spec, values).AsReadOnly() : [],
            Choices = choices,
            OrderingShown = ordering.Shown,
            CorrectOrder = ordering.CorrectOrder,
            ShortAnswer = template.ShortAnswer,
            Hints = template.Hints.Select(h => texts.Render(h, values)).ToList().AsReadOnly(),
            Solution = texts.Render(template.Solution, values),
            Explanation = texts.Render(template.Explanation, values),
        };
    }

    private static Dictionary<string, double> Draw(ItemTemplate template, SeededRandom random)
    {
        for (var attempt = 0; attempt < MaximumDraws; attempt++)
        {
            var values = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var parameter in template.Parameters)
            {
                values[parameter.Name] = parameter.ValueAt(random.Next(parameter.ValueCount));
            }

            foreach (var derived in template.Derived)
            {
                values[derived.Name] = derived.Formula.Evaluate(values);
            }

            if (template.Constraints.All(c => c.Evaluate(values) != 0))
            {
                return values;
            }
        }

        throw new ItemGenerationException($"no draw of the parameters satisfied the constraints in {MaximumDraws} tries.");
    }

    private List<ItemVariant> Variants(ItemTemplate template, NumericAnswerSpec spec, Dictionary<string, double> values)
    {
        var answer = values["answer"];
        var candidates = template.Variants
            .Select(v => new ItemVariant(v.MisconceptionId, Compute(spec.Simulator?.With(v.InputOverrides, v.Quantity), v.Value ?? spec.Value, values, v)))
            .Concat(GenericMistakes.For(answer));
        var kept = new List<ItemVariant>();
        foreach (var candidate in candidates)
        {
            var distinguishable = double.IsFinite(candidate.Value)
                && !spec.Tolerance.Admits(candidate.Value, answer)
                && kept.TrueForAll(k => !spec.Tolerance.Admits(candidate.Value, k.Value));
            if (distinguishable)
            {
                kept.Add(candidate);
            }
        }

        return kept;
    }

    private double Compute(SimulatorCall? call, Formula? formula, Dictionary<string, double> values, BuggyVariantSpec? variant)
    {
        double? simulated = call is null ? null : Simulate(call, values, variant);
        if (formula is null)
        {
            return simulated ?? throw new ItemGenerationException("nothing computes the value.");
        }

        var scope = new Dictionary<string, double>(values, StringComparer.Ordinal);
        if (simulated is { } s)
        {
            scope["simulated"] = s;
        }

        return formula.Evaluate(scope);
    }

    private double Simulate(SimulatorCall call, Dictionary<string, double> values, BuggyVariantSpec? variant)
    {
        var inputs = call.Inputs.ToDictionary(
            i => i.Input,
            i => i.Formula is null ? ScenarioValue.Of(i.Text!) : ScenarioValue.Of(i.Formula.Evaluate(values)),
            StringComparer.Ordinal);
        var result = catalog.Evaluate(new ScenarioRequest(call.Model, inputs, call.Quantity));
        if (!result.Succeeded)
        {
            var where = variant is null ? "the answer" : $"misconception '{variant.MisconceptionId}'";
            throw new ItemGenerationException($"the simulator could not compute {where}: {result.Error}");
        }

        return result.Value!.Value;
    }
}
