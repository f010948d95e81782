namespace ElectroTutor.Tutoring.Mastery;

/// <summary>
/// Expected counts of one E-step of <see cref="BktFitter"/>: a scaled forward–backward pass per sequence adds the
/// posterior state and transition occupancies, from which <see cref="Maximise"/> gives the re-estimated parameters.
/// </summary>
internal sealed class BaumWelchCounts
{
    private double startMastered;
    private double sequences;
    private double fromUnmastered;
    private double learned;
    private double fromMastered;
    private double forgot;
    private double inUnmastered;
    private double correctUnmastered;
    private double inMastered;
    private double wrongMastered;

    public double LogLikelihood { get; private set; }

    public void Add(BktParameters p, IReadOnlyList<bool> outcomes)
    {
        var n = outcomes.Count;
        if (n == 0)
        {
            return;
        }

        var alpha = new double[n];
        var scale = new double[n];
        Forward(p, outcomes, alpha, scale);

        // beta pass: betaM/betaU = P(future outcomes | state at t) / scale product, as in Rabiner's scaling.
        double betaM = 1, betaU = 1;
        for (var t = n - 1; t >= 0; t--)
        {
            var gammaM = alpha[t] * betaM;
            var gammaU = (1 - alpha[t]) * betaU;
            var norm = gammaM + gammaU;
            gammaM /= norm;
            gammaU /= norm;
            AddEmission(gammaM, gammaU, outcomes[t]);
            if (t == 0)
            {
                startMastered += gammaM;
                sequences++;
                break;
            }

            var eM = Emit(p, mastered: true, outcomes[t]) * betaM / scale[t];
            var eU = Emit(p, mastered: false, outcomes[t]) * betaU / scale[t];
            var aPrev = alpha[t - 1];
            var mm = aPrev * (1 - p.PForget) * eM;
            var mu = aPrev * p.PForget * eU;
            var um = (1 - aPrev) * p.PLearn * eM;
            var uu = (1 - aPrev) * (1 - p.PLearn) * eU;
            var xiNorm = mm + mu + um + uu;
            fromMastered += (mm + mu) / xiNorm;
            forgot += mu / xiNorm;
            fromUnmastered += (um + uu) / xiNorm;
            learned += um / xiNorm;
            betaM = ((1 - p.PForget) * eM) + (p.PForget * eU);
            betaU = (p.PLearn * eM) + ((1 - p.PLearn) * eU);

            // Only the ratio of the two betas matters (gamma and xi are normalised), so rescale every step: on long
            // sequences with a near-absorbing state the forward scales alone let them drift to 0 or infinity.
            var betaSum = betaM + betaU;
            betaM /= betaSum;
            betaU /= betaSum;
        }
    }

    /// <summary>alpha[t] = P(mastered at t | outcomes up to t); scale[t] = P(outcome t | outcomes before t).</summary>
    private void Forward(BktParameters p, IReadOnlyList<bool> outcomes, double[] alpha, double[] scale)
    {
        var prior = p.PInit;
        for (var t = 0; t < outcomes.Count; t++)
        {
            var m = prior * Emit(p, mastered: true, outcomes[t]);
            var u = (1 - prior) * Emit(p, mastered: false, outcomes[t]);
            scale[t] = m + u;
            alpha[t] = m / scale[t];
            LogLikelihood += Math.Log(scale[t]);
            prior = (alpha[t] * (1 - p.PForget)) + ((1 - alpha[t]) * p.PLearn);
        }
    }

    public BktParameters Maximise(BktParameters current, bool fitForgetting) => new(
        PInit: Ratio(startMastered, sequences, current.PInit),
        PLearn: Ratio(learned, fromUnmastered, current.PLearn),
        PSlip: Ratio(wrongMastered, inMastered, current.PSlip),
        PGuess: Ratio(correctUnmastered, inUnmastered, current.PGuess),
        PForget: fitForgetting ? Ratio(forgot, fromMastered, current.PForget) : 0);

    private static double Emit(BktParameters p, bool mastered, bool correct) => mastered
        ? (correct ? 1 - p.PSlip : p.PSlip)
        : (correct ? p.PGuess : 1 - p.PGuess);

    private static double Ratio(double numerator, double denominator, double fallback) =>
        denominator > 1e-12 && double.IsFinite(numerator / denominator) ? numerator / denominator : fallback;

    private void AddEmission(double gammaM, double gammaU, bool correct)
    {
        inMastered += gammaM;
        inUnmastered += gammaU;
        if (correct)
        {
            correctUnmastered += gammaU;
        }
        else
        {
            wrongMastered += gammaM;
        }
    }
}
