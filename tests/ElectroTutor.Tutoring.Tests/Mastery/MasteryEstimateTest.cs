using ElectroTutor.Tutoring.Mastery;

namespace ElectroTutor.Tutoring.Tests.Mastery;

public class MasteryEstimateTest
{
    private static readonly BktParameters Nernst = new(0.3, 0.1, 0.1, 0.2, 0);
    private static readonly BktParameters Pump = new(0.6, 0.2, 0.05, 0.3, 0.02);

    private static BktParameters Of(string skill) => skill == "nernst" ? Nernst : Pump;

    [Fact]
    public void An_unobserved_skill_has_its_prior()
    {
        Assert.Equal(0.3, MasteryEstimate.Empty.Of("nernst", Nernst));
    }

    [Fact]
    public void Every_tagged_skill_is_updated_with_its_own_parameters()
    {
        var after = MasteryEstimate.Empty.Observe(["nernst", "pump"], correct: true, Of);
        Assert.Equal(Bkt.Update(Nernst, 0.3, true), after.Of("nernst", Nernst), 12);
        Assert.Equal(Bkt.Update(Pump, 0.6, true), after.Of("pump", Pump), 12);
    }

    [Fact]
    public void The_second_skill_changes_too_when_the_answer_is_wrong()
    {
        var after = MasteryEstimate.Empty.Observe(["nernst", "pump"], correct: false, Of);
        Assert.True(after.Of("pump", Pump) < 0.6);
        Assert.True(after.Of("nernst", Nernst) < 0.3 + 0.1);
        Assert.Equal(2, after.Observed.Count);
    }

    [Fact]
    public void Untagged_skills_and_the_original_estimate_do_not_change()
    {
        var before = MasteryEstimate.Empty.Observe(["pump"], correct: true, Of);
        var after = before.Observe(["nernst"], correct: false, Of);
        Assert.Equal(before.Of("pump", Pump), after.Of("pump", Pump));
        Assert.False(before.Observed.ContainsKey("nernst"));
    }

    [Fact]
    public void A_skill_tagged_twice_is_updated_once()
    {
        var twice = MasteryEstimate.Empty.Observe(["nernst", "nernst"], correct: true, Of);
        Assert.Equal(Bkt.Update(Nernst, 0.3, true), twice.Of("nernst", Nernst), 12);
    }

    [Fact]
    public void Prediction_for_a_multi_skill_item_is_the_mean_of_the_skills()
    {
        var expected = (Bkt.PredictCorrect(Nernst, 0.3) + Bkt.PredictCorrect(Pump, 0.6)) / 2;
        var predictor = new AnswerPredictor(Of, ItemDifficulty.None, 0);
        Assert.Equal(expected, predictor.Predict(MasteryEstimate.Empty, ["nernst", "pump"], "item", 0).Probability, 12);
    }
}
