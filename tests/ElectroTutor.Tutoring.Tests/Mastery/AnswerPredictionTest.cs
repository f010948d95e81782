using ElectroTutor.Tutoring.Mastery;

namespace ElectroTutor.Tutoring.Tests.Mastery;

public class AnswerPredictionTest
{
    [Fact]
    public void Without_offsets_the_probability_is_the_mastery_chance()
    {
        Assert.Equal(0.37, new AnswerPrediction(0.37, 0, 0).Probability);
    }

    [Fact]
    public void Offsets_shift_the_log_odds()
    {
        // logit(0.5) + ln 3 = ln 3 → 0.75, whichever term carries it.
        Assert.Equal(0.75, new AnswerPrediction(0.5, 0, Math.Log(3)).Probability, 12);
        Assert.Equal(0.75, new AnswerPrediction(0.5, Math.Log(3), 0).Probability, 12);
        Assert.Equal(0.5, new AnswerPrediction(0.5, Math.Log(3), -Math.Log(3)).Probability, 12);
    }

    [Fact]
    public void Certain_mastery_chances_keep_finite_log_odds()
    {
        Assert.True(double.IsFinite(new AnswerPrediction(1, 0, 0).MasteryLogOdds));
        Assert.InRange(new AnswerPrediction(0, -1, 0).Probability, 0, 1e-6);
    }
}
