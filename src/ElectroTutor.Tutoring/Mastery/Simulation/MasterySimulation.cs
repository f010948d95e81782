using ElectroTutor.Tutoring.Bank.Templates;
using ElectroTutor.Tutoring.Items;
using ElectroTutor.Tutoring.Mastery.Selection;
using ElectroTutor.Tutoring.Skills;

namespace ElectroTutor.Tutoring.Mastery.Simulation;

/// <summary>
/// The simulated-learner efficiency study: the same learners (hidden true states, individual parameters) are taught
/// through the real skills graph by each <see cref="TutoringStrategy"/>, and each strategy is scored on items used,
/// items to true mastery, over-practice, false mastery and under-practice. Deterministic for a given seed.
/// </summary>
public static class MasterySimulation
{
    /// <summary>Runs every strategy on <see cref="SimulationOptions.Learners"/> learners.</summary>
    public static IReadOnlyList<StrategyOutcome> Run(SkillGraph graph, IReadOnlyList<ItemTemplate> templates, SimulationOptions options)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(templates);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Learners < 1 || options.FixedItemsPerSkill < 1 || options.MaxItemsPerSkill < 1)
        {
            throw new ArgumentException("Learners and items per skill must be at least 1.", nameof(options));
        }

        var taught = graph.Skills.Where(s => templates.Any(t => t.Skills.Contains(s.Id, StringComparer.Ordinal))).Select(s => s.Id).ToList();
        return [.. Enum.GetValues<TutoringStrategy>().Select(strategy => Summarise(strategy, taught.Count,
            [.. Enumerable.Range(0, options.Learners).Select(i => Teach(strategy, graph, templates, taught, options, i))]))];
    }

    private static LearnerRun Teach(TutoringStrategy strategy, SkillGraph graph, IReadOnlyList<ItemTemplate> templates, List<string> taught, SimulationOptions options, int index)
    {
        var learner = new SimulatedLearner(graph, options.Seed, index);
        var random = new SeededRandom($"{strategy}-{index}", options.Seed);
        var clock = new SimulatedClock();
        var selector = new NextItemSelector(graph, templates, _ => options.TutorParameters, options.Policy, clock);
        var progress = LearnerProgress.Empty;
        int items = 0, overPractice = 0;
        int? toTrueMastery = learner.KnowsAll ? 0 : null;
        var budget = options.MaxItemsPerSkill * taught.Count;
        var fixedPlan = taught.SelectMany(s => Enumerable.Repeat(s, options.FixedItemsPerSkill)).ToList();
        while (items < budget)
        {
            var template = strategy switch
            {
                TutoringStrategy.Adaptive => selector.Select(progress, SelectionRequest.Practice((long)(random.NextUInt64() >> 1))) is { } chosen
                    ? templates.First(t => t.Id == chosen.TemplateId) : null,
                TutoringStrategy.FixedOrder => items < fixedPlan.Count ? Own(templates, fixedPlan[items], items) : null,
                _ => RandomSkill(taught, progress, options, random) is { } skill ? Own(templates, skill, random.Next(1000)) : null,
            };
            if (template is null)
            {
                break;
            }

            overPractice += learner.Knows(template.Skills[0]) ? 1 : 0;
            var prediction = progress.Predict(selector.Predictor, template.Skills, template.Id);
            var correct = learner.Attempt(template.Skills, random);
            progress = progress.Record(template.Id, template.Skills, correct, _ => options.TutorParameters, options.Policy, clock)
                .AfterFirstTry(selector.Predictor, prediction, correct);
            clock.Tick();
            items++;
            toTrueMastery ??= learner.KnowsAll ? items : null;
        }

        var declared = strategy == TutoringStrategy.FixedOrder && items == fixedPlan.Count
            ? taught
            : taught.Where(s => options.Policy.IsMastered(progress.Of(s, options.TutorParameters).Mastery)).ToList();
        return new LearnerRun(items, toTrueMastery, overPractice, declared.Count, declared.Count(s => !learner.Knows(s)), taught.Count(s => !learner.Knows(s)));
    }

    /// <summary>The skill's own templates (it is their main skill), cycled; templates that merely touch it otherwise.</summary>
    private static ItemTemplate Own(IReadOnlyList<ItemTemplate> templates, string skillId, int turn)
    {
        var own = templates.Where(t => t.Skills[0] == skillId).ToList();
        var pool = own.Count > 0 ? own : [.. templates.Where(t => t.Skills.Contains(skillId, StringComparer.Ordinal))];
        return pool[turn % pool.Count];
    }

    private static string? RandomSkill(List<string> taught, LearnerProgress progress, SimulationOptions options, SeededRandom random)
    {
        var open = taught.Where(s => !options.Policy.IsMastered(progress.Of(s, options.TutorParameters).Mastery)).ToList();
        return open.Count == 0 ? null : open[random.Next(open.Count)];
    }

    private static StrategyOutcome Summarise(TutoringStrategy strategy, int skills, List<LearnerRun> runs)
    {
        var reached = runs.Where(r => r.ItemsToTrueMastery is not null).ToList();
        var declared = runs.Sum(r => r.Declared);
        return new StrategyOutcome(
            strategy,
            runs.Average(r => r.Items),
            reached.Count == 0 ? double.NaN : reached.Average(r => r.ItemsToTrueMastery!.Value),
            (double)reached.Count / runs.Count,
            runs.Average(r => r.OverPractice),
            declared == 0 ? 0 : (double)runs.Sum(r => r.DeclaredNotLearned) / declared,
            (double)runs.Sum(r => r.NotLearned) / (runs.Count * (double)skills));
    }
}
