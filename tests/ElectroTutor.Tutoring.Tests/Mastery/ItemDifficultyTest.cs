using ElectroTutor.Tutoring.Mastery;

namespace ElectroTutor.Tutoring.Tests.Mastery;

public class ItemDifficultyTest
{
    [Fact]
    public void An_item_answered_better_than_predicted_gets_a_positive_offset()
    {
        var attempts = Enumerable.Range(0, 40).Select(i => ("easy", 0.5, i % 4 != 0))
            .Concat(Enumerable.Range(0, 40).Select(i => ("hard", 0.5, i % 4 == 0)));
        var items = ItemDifficulty.Fit(attempts);
        Assert.True(items.Offsets["easy"] > 0.8);
        Assert.True(items.Offsets["hard"] < -0.8);
        Assert.Equal(items.Offsets["easy"], items.OffsetOf("easy"));
        Assert.Equal(40, items.Attempts["easy"]);
    }

    [Fact]
    public void The_offset_solves_the_penalised_likelihood()
    {
        // With base 0.5 the offset b satisfies Σ(y − σ(b)) = λ·b: here 30 − 40σ(b) = 2b.
        var attempts = Enumerable.Range(0, 40).Select(i => ("x", 0.5, i < 30));
        var b = ItemDifficulty.Fit(attempts).Offsets["x"];
        Assert.Equal(30 - (40 / (1 + Math.Exp(-b))), ItemDifficulty.DefaultPriorStrength * b, 6);
    }

    [Fact]
    public void An_item_never_seen_and_an_item_seen_once_stay_near_plain_BKT()
    {
        var items = ItemDifficulty.Fit([("once", 0.6, true)]);
        Assert.Equal(0, items.OffsetOf("unknown"));
        Assert.InRange(new AnswerPrediction(0.6, items.OffsetOf("once"), 0).Probability, 0.6, 0.7);
        Assert.Equal(0, ItemDifficulty.None.OffsetOf("once"));
    }
}
