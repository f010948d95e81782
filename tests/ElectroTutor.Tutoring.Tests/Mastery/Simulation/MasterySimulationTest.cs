using ElectroTutor.Tutoring.Mastery.Simulation;
using static ElectroTutor.Tutoring.Tests.Mastery.Selection.SelectionFixture;

namespace ElectroTutor.Tutoring.Tests.Mastery.Simulation;

public class MasterySimulationTest
{
    private static readonly SimulationOptions Options = new() { Learners = 60, Seed = 5, FixedItemsPerSkill = 12 };

    private static StrategyOutcome Of(IReadOnlyList<StrategyOutcome> outcomes, TutoringStrategy strategy) =>
        outcomes.Single(o => o.Strategy == strategy);

    [Fact]
    public void A_seed_fixes_the_whole_study_and_another_seed_changes_it()
    {
        var first = MasterySimulation.Run(Graph, Templates, Options);
        Assert.Equal(first, MasterySimulation.Run(Graph, Templates, Options));
        Assert.NotEqual(first, MasterySimulation.Run(Graph, Templates, Options with { Seed = 6 }));
    }

    [Fact]
    public void The_fixed_order_serves_its_plan_and_declares_every_skill()
    {
        var outcome = Of(MasterySimulation.Run(Graph, Templates, Options), TutoringStrategy.FixedOrder);
        Assert.Equal(4 * 12, outcome.MeanItems);
        Assert.Equal(outcome.UnderPractice, outcome.FalseMastery, 12);
    }

    [Fact]
    public void Adaptive_selection_teaches_nearly_everyone_and_rarely_declares_false_mastery()
    {
        var outcomes = MasterySimulation.Run(Graph, Templates, Options);
        var adaptive = Of(outcomes, TutoringStrategy.Adaptive);
        Assert.True(adaptive.ReachedTrueMastery > 0.8, $"reached {adaptive.ReachedTrueMastery}");
        Assert.True(adaptive.FalseMastery <= 0.05, $"false mastery {adaptive.FalseMastery}");
        Assert.True(adaptive.MeanItems < Of(outcomes, TutoringStrategy.RandomOrder).MeanItems);
        Assert.All(outcomes, o => Assert.InRange(o.UnderPractice, 0, 1));
    }

    [Fact]
    public void No_learners_is_refused()
    {
        Assert.Throws<ArgumentException>(() => MasterySimulation.Run(Graph, Templates, Options with { Learners = 0 }));
    }
}
