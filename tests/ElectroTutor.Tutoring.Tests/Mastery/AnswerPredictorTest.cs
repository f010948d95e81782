using ElectroTutor.Tutoring.Mastery;

namespace ElectroTutor.Tutoring.Tests.Mastery;

public class AnswerPredictorTest
{
    private static readonly BktParameters Parameters = new(0.5, 0.1, 0.1, 0.2, 0.01);

    private static ItemDifficulty Items(string id, double offset) =>
        ItemDifficulty.FromOffsets(new Dictionary<string, (double, int)>(StringComparer.Ordinal) { [id] = (offset, 30) });

    [Fact]
    public void With_both_terms_off_the_prediction_is_plain_BKT()
    {
        var predictor = new AnswerPredictor(_ => Parameters, ItemDifficulty.None, 0);
        var prediction = predictor.Predict(["a"], (_, _) => 0.7, "item", learnerAbility: 1.5);
        Assert.Equal(Bkt.PredictCorrect(Parameters, 0.7), prediction.Probability, 12);
        Assert.Equal(0, prediction.LearnerAbility);
        Assert.Equal(0, prediction.ItemEasiness);
    }

    [Fact]
    public void The_three_terms_add_in_log_odds()
    {
        var predictor = new AnswerPredictor(_ => Parameters, Items("hard", -0.4), 0.1);
        var prediction = predictor.Predict(["a"], (_, _) => 0.6, "hard", learnerAbility: 0.2);
        var bkt = Bkt.PredictCorrect(Parameters, 0.6);
        Assert.Equal(bkt, prediction.MasteryChance, 12);
        Assert.Equal(Math.Log(bkt / (1 - bkt)), prediction.MasteryLogOdds, 12);
        Assert.Equal(1 / (1 + Math.Exp(-(prediction.MasteryLogOdds - 0.4 + 0.2))), prediction.Probability, 12);
    }

    [Fact]
    public void A_multi_skill_item_starts_from_the_mean_of_its_skills()
    {
        var predictor = new AnswerPredictor(_ => Parameters, ItemDifficulty.None, 0);
        var prediction = predictor.Predict(["a", "b"], (skill, _) => skill == "a" ? 0.9 : 0.1, "item", 0);
        Assert.Equal((Bkt.PredictCorrect(Parameters, 0.9) + Bkt.PredictCorrect(Parameters, 0.1)) / 2, prediction.Probability, 12);
    }

    [Fact]
    public void Ability_moves_towards_the_outcome_by_the_rate_times_the_surprise()
    {
        var predictor = new AnswerPredictor(_ => Parameters, ItemDifficulty.None, 0.1);
        var prediction = predictor.Predict(["a"], (_, _) => 0.5, "item", 0);
        Assert.Equal(0.1 * (1 - prediction.Probability), predictor.NextAbility(0, prediction, correct: true), 12);
        Assert.Equal(-0.1 * prediction.Probability, predictor.NextAbility(0, prediction, correct: false), 12);
        Assert.Equal(0.3, new AnswerPredictor(_ => Parameters, ItemDifficulty.None, 0).NextAbility(0.3, prediction, true));
    }

    [Fact]
    public void The_explanation_names_each_term_for_people()
    {
        var text = new AnswerPrediction(0.62, -0.4, 0.2).Describe("the Nernst potential");
        Assert.StartsWith("Your mastery of the Nernst potential says 62%; this question is a bit harder than usual (−0.40); your overall record (+0.20) → ", text, StringComparison.Ordinal);
        Assert.EndsWith("%.", text, StringComparison.Ordinal);
        Assert.Equal("Your mastery of X says 62% → 62%.", new AnswerPrediction(0.62, 0, 0).Describe("X"));
    }

    [Fact]
    public void A_negative_rate_or_an_item_without_skills_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new AnswerPredictor(_ => Parameters, ItemDifficulty.None, -0.1));
        var predictor = new AnswerPredictor(_ => Parameters, ItemDifficulty.None, 0);
        Assert.Throws<ArgumentException>(() => predictor.Predict([], (_, _) => 0.5, "item", 0));
    }
}
