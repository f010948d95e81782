using ElectroTutor.Tutoring.Mastery;

namespace ElectroTutor.Tutoring.Tests.Mastery;

public class BktTest
{
    private static readonly BktParameters P = new(PInit: 0.4, PLearn: 0.2, PSlip: 0.1, PGuess: 0.25, PForget: 0.05);

    [Fact]
    public void Prediction_mixes_slip_and_guess()
    {
        // 0.4 * 0.9 + 0.6 * 0.25 = 0.36 + 0.15
        Assert.Equal(0.51, Bkt.PredictCorrect(P, 0.4), 12);
    }

    [Fact]
    public void Posterior_after_a_correct_answer_matches_the_hand_computation()
    {
        // 0.36 / (0.36 + 0.15)
        Assert.Equal(0.36 / 0.51, Bkt.Posterior(P, 0.4, correct: true), 12);
    }

    [Fact]
    public void Posterior_after_a_wrong_answer_matches_the_hand_computation()
    {
        // 0.4 * 0.1 / (0.04 + 0.6 * 0.75) = 0.04 / 0.49
        Assert.Equal(0.04 / 0.49, Bkt.Posterior(P, 0.4, correct: false), 12);
    }

    [Fact]
    public void Update_applies_learning_and_forgetting_after_the_posterior()
    {
        var posterior = 0.36 / 0.51;
        var expected = (posterior * 0.95) + ((1 - posterior) * 0.2);
        Assert.Equal(expected, Bkt.Update(P, 0.4, correct: true), 12);
    }

    [Fact]
    public void Without_forgetting_mastery_never_falls_below_the_posterior()
    {
        var classic = P with { PForget = 0 };
        Assert.True(Bkt.Update(classic, 0.9, correct: true) > 0.9);
    }

    [Theory]
    [InlineData(-0.1, 0.1, 0.1, 0.1, 0, "pInit")]
    [InlineData(0.1, 1.5, 0.1, 0.1, 0, "pLearn")]
    [InlineData(0.1, 0.1, 0.6, 0.5, 0, "pSlip + pGuess")]
    [InlineData(0.1, 0.1, 0.1, 0.1, double.NaN, "pForget")]
    public void Invalid_parameters_are_named(double init, double learn, double slip, double guess, double forget, string named)
    {
        var parameters = new BktParameters(init, learn, slip, guess, forget);
        Assert.StartsWith(named, parameters.Problem, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => BktParameters.Validate(parameters));
    }

    [Fact]
    public void Defaults_are_valid()
    {
        Assert.Null(BktParameters.Default.Problem);
    }

    [Theory]
    [InlineData(true, HintUse.None, true)]
    [InlineData(true, HintUse.Partial, true)]
    [InlineData(true, HintUse.BottomOut, false)]
    [InlineData(false, HintUse.None, false)]
    public void A_bottom_out_hint_counts_as_incorrect(bool answered, HintUse hints, bool counts)
    {
        Assert.Equal(counts, HintEvidence.CountsAsCorrect(answered, hints));
    }
}
