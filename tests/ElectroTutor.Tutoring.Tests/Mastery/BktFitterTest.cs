using ElectroTutor.Tutoring.Items;
using ElectroTutor.Tutoring.Mastery;

namespace ElectroTutor.Tutoring.Tests.Mastery;

public class BktFitterTest
{
    /// <summary>Learners simulated from known parameters with a seeded generator, so the data is the same on every run.</summary>
    internal static List<IReadOnlyList<bool>> Simulate(BktParameters truth, int learners, int attempts, long seed)
    {
        var random = new SeededRandom("bkt-simulation", seed);
        double Uniform() => (random.NextUInt64() >> 11) * (1.0 / (1UL << 53));
        var sequences = new List<IReadOnlyList<bool>>();
        for (var learner = 0; learner < learners; learner++)
        {
            var mastered = Uniform() < truth.PInit;
            var outcomes = new bool[attempts];
            for (var t = 0; t < attempts; t++)
            {
                outcomes[t] = mastered ? Uniform() >= truth.PSlip : Uniform() < truth.PGuess;
                mastered = mastered ? Uniform() >= truth.PForget : Uniform() < truth.PLearn;
            }

            sequences.Add(outcomes);
        }

        return sequences;
    }

    [Fact]
    public void EM_recovers_classic_parameters_within_0_05()
    {
        var truth = new BktParameters(PInit: 0.35, PLearn: 0.15, PSlip: 0.1, PGuess: 0.2, PForget: 0);
        var fit = BktFitter.Fit(Simulate(truth, learners: 600, attempts: 15, seed: 7), BktFitOptions.Default with { FitForgetting = false });
        AssertClose(truth, fit.Parameters, 0.05);
        Assert.True(fit.Converged);
    }

    [Fact]
    public void EM_recovers_parameters_with_forgetting_within_0_05()
    {
        var truth = new BktParameters(PInit: 0.3, PLearn: 0.2, PSlip: 0.08, PGuess: 0.25, PForget: 0.05);
        var fit = BktFitter.Fit(Simulate(truth, learners: 800, attempts: 20, seed: 11));
        AssertClose(truth, fit.Parameters, 0.05);
    }

    [Fact]
    public void The_fit_respects_the_bounds_and_is_deterministic()
    {
        var truth = new BktParameters(PInit: 0.2, PLearn: 0.1, PSlip: 0.45, PGuess: 0.45, PForget: 0);
        var data = Simulate(truth, learners: 200, attempts: 10, seed: 3);
        var fit = BktFitter.Fit(data);
        Assert.InRange(fit.Parameters.PSlip, 0, 0.3);
        Assert.InRange(fit.Parameters.PGuess, 0, 0.3);
        Assert.Equal(fit, BktFitter.Fit(data));
    }

    [Fact]
    public void EM_never_lowers_the_likelihood_of_its_starting_point()
    {
        var data = Simulate(new BktParameters(0.4, 0.1, 0.1, 0.2, 0.02), learners: 100, attempts: 12, seed: 5);
        var fit = BktFitter.Fit(data);
        Assert.True(fit.LogLikelihood >= BktFitter.LogLikelihood(BktParameters.Default, data) - 1e-9);
        Assert.Equal(fit.LogLikelihood, BktFitter.LogLikelihood(fit.Parameters, data), 6);
    }

    [Fact]
    public void No_data_gives_the_defaults()
    {
        var fit = BktFitter.Fit([]);
        Assert.Equal(BktParameters.Default, fit.Parameters);
        Assert.Equal(0, fit.Observations);
    }

    private static void AssertClose(BktParameters expected, BktParameters actual, double tolerance)
    {
        var message = $"expected {expected}, fitted {actual}";
        Assert.True(Math.Abs(expected.PInit - actual.PInit) <= tolerance, message);
        Assert.True(Math.Abs(expected.PLearn - actual.PLearn) <= tolerance, message);
        Assert.True(Math.Abs(expected.PSlip - actual.PSlip) <= tolerance, message);
        Assert.True(Math.Abs(expected.PGuess - actual.PGuess) <= tolerance, message);
        Assert.True(Math.Abs(expected.PForget - actual.PForget) <= tolerance, message);
    }
}
