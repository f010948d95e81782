using ElectroTutor.Tutoring.Mastery;
using ElectroTutor.Tutoring.Mastery.Evaluation;

namespace ElectroTutor.Tutoring.Tests.Mastery.Evaluation;

public class KnowledgeTracingTest
{
    private static TracedAttempt A(bool correct, params string[] skills) => new("item", correct, skills);

    [Fact]
    public void A_multi_skill_attempt_is_an_opportunity_for_every_skill()
    {
        var sequences = KnowledgeTracing.SkillSequences([new LearnerHistory("l", [A(true, "a", "b"), A(false, "b")])]);
        Assert.Equal([true], sequences["a"].Single());
        Assert.Equal([true, false], sequences["b"].Single());
    }

    [Fact]
    public void Each_test_attempt_is_predicted_before_it_is_observed()
    {
        var parameters = new BktParameters(0.5, 0.1, 0.1, 0.2, 0);
        var model = new MasteryModel(new Dictionary<string, BktFit>(StringComparer.Ordinal), parameters);
        var metrics = KnowledgeTracing.Evaluate(model, [new LearnerHistory("l", [A(true, "a"), A(false, "a")])]);
        var first = Bkt.PredictCorrect(parameters, 0.5);
        var second = Bkt.PredictCorrect(parameters, Bkt.Update(parameters, 0.5, true));
        Assert.Equal((first + second) / 2, metrics.MeanPrediction, 12);
    }

    [Fact]
    public void Fitting_then_evaluating_simulated_learners_beats_chance()
    {
        var truth = new BktParameters(0.3, 0.2, 0.1, 0.2, 0);
        static LearnerHistory[] Learners(IEnumerable<IReadOnlyList<bool>> sequences) =>
            [.. sequences.Select((s, i) => new LearnerHistory($"l{i}", [.. s.Select(c => A(c, "skill"))]))];
        var model = KnowledgeTracing.Fit(Learners(BktFitterTest.Simulate(truth, 300, 12, 1)), BktFitOptions.Default);
        var metrics = KnowledgeTracing.Evaluate(model, Learners(BktFitterTest.Simulate(truth, 100, 12, 2)));
        Assert.True(metrics.Auc > 0.7, $"AUC {metrics.Auc}");
        Assert.True(metrics.CalibrationError < 0.05, $"ECE {metrics.CalibrationError}");
    }

    [Fact]
    public void The_learner_term_is_applied_after_each_attempt_not_before()
    {
        var parameters = new BktParameters(0.5, 0.1, 0.1, 0.2, 0);
        var model = new MasteryModel(new Dictionary<string, BktFit>(StringComparer.Ordinal), parameters) { LearnerRate = 0.5 };
        var metrics = KnowledgeTracing.Evaluate(model, [new LearnerHistory("l", [A(true, "a"), A(true, "a")])]);
        var first = Bkt.PredictCorrect(parameters, 0.5);
        var ability = LearnerAbility.Update(0, first, true, 0.5);
        var second = new AnswerPrediction(Bkt.PredictCorrect(parameters, Bkt.Update(parameters, 0.5, true)), 0, ability).Probability;
        Assert.Equal((first + second) / 2, metrics.MeanPrediction, 12);
    }

    [Fact]
    public void Validation_picks_from_the_candidates_and_no_item_term_when_none_is_asked()
    {
        var truth = new BktParameters(0.3, 0.2, 0.1, 0.2, 0);
        LearnerHistory[] learners = [.. BktFitterTest.Simulate(truth, 100, 10, 4)
            .Select((s, i) => new LearnerHistory($"l{i}", [.. s.Select(c => A(c, "skill"))]))];
        var (strength, rate) = KnowledgeTracing.ChooseOnValidation(learners, BktFitOptions.Default, [], [0, 0.1]);
        Assert.True(double.IsNaN(strength));
        Assert.Contains(rate, new[] { 0, 0.1 });
    }

    [Fact]
    public void The_replay_runs_through_the_predictor_with_every_term()
    {
        var parameters = new BktParameters(0.5, 0.1, 0.1, 0.2, 0);
        var items = ItemDifficulty.FromOffsets(new Dictionary<string, (double, int)>(StringComparer.Ordinal) { ["item"] = (-0.5, 10) });
        var model = new MasteryModel(new Dictionary<string, BktFit>(StringComparer.Ordinal), parameters) { Items = items, LearnerRate = 0.2 };
        var replay = KnowledgeTracing.Predict(model, [new LearnerHistory("l", [A(true, "a"), A(false, "a")])]).Single();
        var predictor = model.Predictor;
        var first = predictor.Predict(["a"], (_, p) => p.PInit, "item", 0);
        var second = predictor.Predict(["a"], (_, p) => Bkt.Update(p, p.PInit, true), "item", predictor.NextAbility(0, first, true));
        Assert.Equal([first, second], replay.Select(a => a.Prediction));
        Assert.True(second.LearnerAbility > 0);
        Assert.Equal(-0.5, second.ItemEasiness);
    }

    [Fact]
    public void Per_skill_AUC_averages_the_skills_with_both_outcomes()
    {
        static PredictedAttempt P(double p, bool correct, string skill) => new(new TracedAttempt("i", correct, [skill]), new AnswerPrediction(p, 0, 0));
        var auc = KnowledgeTracing.PerSkillAuc([P(0.9, true, "a"), P(0.2, false, "a"), P(0.3, true, "b"), P(0.6, false, "b"), P(0.5, true, "c")]);
        Assert.Equal(0.5, auc, 12);
    }
}
