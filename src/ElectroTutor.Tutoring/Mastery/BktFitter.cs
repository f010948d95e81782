namespace ElectroTutor.Tutoring.Mastery;

/// <summary>
/// Fits BKT parameters for one skill by expectation–maximisation (Baum–Welch) on a two-state hidden Markov model:
/// state 0 unmastered, 1 mastered; transitions learn (0→1) and forget (1→0); emissions guess and 1 − slip.
/// Deterministic: a fixed set of starting points, the best final likelihood wins. After each M-step the parameters
/// are clamped into the bounds of <see cref="BktFitOptions"/> (projected EM).
/// </summary>
public static class BktFitter
{
    private static readonly BktParameters[] Starts =
    [
        new(0.3, 0.1, 0.1, 0.2, 0.02),
        new(0.6, 0.2, 0.05, 0.1, 0.01),
        new(0.1, 0.05, 0.2, 0.25, 0.05),
    ];

    /// <summary>Fits one skill from its learners' outcome sequences (each in time order; true = correct).</summary>
    public static BktFit Fit(IReadOnlyList<IReadOnlyList<bool>> sequences, BktFitOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(sequences);
        options ??= BktFitOptions.Default;
        var observations = sequences.Sum(sequence => sequence.Count);
        if (observations == 0)
        {
            return new BktFit(BktParameters.Default, 0, 0, 0, Converged: true);
        }

        BktFit? best = null;
        foreach (var start in Starts)
        {
            var fit = FitFrom(Clamp(start, options), sequences, observations, options);
            if (best is null || fit.LogLikelihood > best.LogLikelihood)
            {
                best = fit;
            }
        }

        return best!;
    }

    private static BktFit FitFrom(BktParameters start, IReadOnlyList<IReadOnlyList<bool>> sequences, int observations, BktFitOptions options)
    {
        var parameters = start;
        var previous = double.NegativeInfinity;
        for (var iteration = 1; iteration <= options.MaxIterations; iteration++)
        {
            var counts = new BaumWelchCounts();
            foreach (var sequence in sequences)
            {
                counts.Add(parameters, sequence);
            }

            var next = Clamp(counts.Maximise(parameters, options.FitForgetting), options);
            if (counts.LogLikelihood - previous < options.Tolerance * observations)
            {
                return new BktFit(parameters, counts.LogLikelihood, observations, iteration, Converged: true);
            }

            previous = counts.LogLikelihood;
            parameters = next;
        }

        return new BktFit(parameters, LogLikelihood(parameters, sequences), observations, options.MaxIterations, Converged: false);
    }

    /// <summary>Natural-log likelihood of <paramref name="sequences"/> under <paramref name="parameters"/>.</summary>
    public static double LogLikelihood(BktParameters parameters, IReadOnlyList<IReadOnlyList<bool>> sequences)
    {
        ArgumentNullException.ThrowIfNull(sequences);
        var total = 0.0;
        foreach (var sequence in sequences)
        {
            var mastery = parameters.PInit;
            foreach (var correct in sequence)
            {
                var p = Bkt.PredictCorrect(parameters, mastery);
                total += Math.Log(correct ? p : 1 - p);
                mastery = Bkt.Update(parameters, mastery, correct);
            }
        }

        return total;
    }

    private static BktParameters Clamp(BktParameters p, BktFitOptions o)
    {
        var low = o.MinProbability;
        return new BktParameters(
            Math.Clamp(p.PInit, low, 1 - low),
            Math.Clamp(p.PLearn, low, 1 - low),
            Math.Clamp(p.PSlip, low, o.MaxSlip),
            Math.Clamp(p.PGuess, low, o.MaxGuess),
            o.FitForgetting ? Math.Clamp(p.PForget, low, o.MaxForget) : 0);
    }
}
