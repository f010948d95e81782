using ElectroTutor.Tutoring.Items;

namespace ElectroTutor.Tutoring.Mastery.Evaluation;

/// <summary>
/// Confidence intervals for the pooled scores by a bootstrap over learners: each resample draws as many learners as
/// there are, with replacement, and recomputes every score (AUC included) on all their attempts. Learners, not
/// attempts, are resampled because one learner's attempts are not independent. A resample is a weight per learner
/// (how often it was drawn), so one sort of all predictions serves every resample. Deterministic for a given seed.
/// </summary>
public static class LearnerBootstrap
{
    /// <summary>The default number of resamples.</summary>
    public const int DefaultResamples = 200;

    /// <summary>The central coverage of the intervals.</summary>
    public const double Coverage = 0.95;

    /// <summary>95% percentile intervals of AUC, RMSE, log loss and ECE.</summary>
    /// <param name="learners">Each learner's predicted probabilities and outcomes.</param>
    /// <param name="resamples">B, at least 1.</param>
    /// <param name="seed">Seed of the resampling.</param>
    public static BootstrapIntervals Intervals(IReadOnlyList<IReadOnlyList<(double Probability, bool Correct)>> learners, int resamples = DefaultResamples, long seed = 1)
    {
        ArgumentNullException.ThrowIfNull(learners);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(resamples);
        var owner = learners.SelectMany((attempts, index) => attempts.Select(_ => index)).ToArray();
        var attemptsOf = learners.SelectMany(attempts => attempts).ToArray();
        var probabilities = attemptsOf.Select(a => a.Probability).ToArray();
        var outcomes = attemptsOf.Select(a => a.Correct).ToArray();
        var order = Enumerable.Range(0, probabilities.Length).OrderBy(i => probabilities[i]).ToArray();

        var scores = new double[4][];
        for (var metric = 0; metric < scores.Length; metric++)
        {
            scores[metric] = new double[resamples];
        }

        var random = new SeededRandom("learner-bootstrap", seed);
        var weights = new double[learners.Count];
        for (var b = 0; b < resamples; b++)
        {
            Array.Clear(weights);
            for (var draw = 0; draw < learners.Count; draw++)
            {
                weights[random.Next(learners.Count)]++;
            }

            scores[0][b] = WeightedAuc(probabilities, outcomes, order, owner, weights);
            (scores[1][b], scores[2][b], scores[3][b]) = WeightedErrors(probabilities, outcomes, owner, weights);
        }

        return new BootstrapIntervals(Percentiles(scores[0]), Percentiles(scores[1]), Percentiles(scores[2]), Percentiles(scores[3]), resamples, seed);
    }

    /// <summary>AUC with each attempt counted by its learner's weight; tied predictions count one half. NaN with one class.</summary>
    private static double WeightedAuc(double[] probabilities, bool[] outcomes, int[] order, int[] owner, double[] weights)
    {
        double negativesBelow = 0, positives = 0, pairs = 0;
        for (var start = 0; start < order.Length;)
        {
            double tiedPositives = 0, tiedNegatives = 0;
            var end = start;
            for (; end < order.Length && probabilities[order[end]] == probabilities[order[start]]; end++)
            {
                var weight = weights[owner[order[end]]];
                if (outcomes[order[end]])
                {
                    tiedPositives += weight;
                }
                else
                {
                    tiedNegatives += weight;
                }
            }

            pairs += tiedPositives * (negativesBelow + (tiedNegatives / 2));
            negativesBelow += tiedNegatives;
            positives += tiedPositives;
            start = end;
        }

        return positives == 0 || negativesBelow == 0 ? double.NaN : pairs / (positives * negativesBelow);
    }

    private static (double Rmse, double LogLoss, double CalibrationError) WeightedErrors(double[] probabilities, bool[] outcomes, int[] owner, double[] weights)
    {
        const int Bins = PredictionMetrics.CalibrationBins;
        double total = 0, squared = 0, logLoss = 0;
        var binPredicted = new double[Bins];
        var binObserved = new double[Bins];
        for (var i = 0; i < probabilities.Length; i++)
        {
            var weight = weights[owner[i]];
            if (weight == 0)
            {
                continue;
            }

            var p = probabilities[i];
            var y = outcomes[i] ? 1.0 : 0.0;
            total += weight;
            squared += weight * (p - y) * (p - y);
            var clipped = Math.Clamp(p, PredictionMetrics.LogLossEpsilon, 1 - PredictionMetrics.LogLossEpsilon);
            logLoss -= weight * Math.Log(outcomes[i] ? clipped : 1 - clipped);
            var bin = Math.Clamp((int)(p * Bins), 0, Bins - 1);
            binPredicted[bin] += weight * p;
            binObserved[bin] += weight * y;
        }

        if (total == 0)
        {
            return (double.NaN, double.NaN, double.NaN);
        }

        var calibration = 0.0;
        for (var bin = 0; bin < Bins; bin++)
        {
            calibration += Math.Abs(binPredicted[bin] - binObserved[bin]) / total;
        }

        return (Math.Sqrt(squared / total), logLoss / total, calibration);
    }

    /// <summary>The 2.5th and 97.5th percentiles (linear interpolation), ignoring undefined resamples.</summary>
    private static ConfidenceInterval Percentiles(double[] values)
    {
        var defined = values.Where(double.IsFinite).Order().ToArray();
        if (defined.Length == 0)
        {
            return ConfidenceInterval.Undefined;
        }

        var tail = (1 - Coverage) / 2;
        return new ConfidenceInterval(Quantile(defined, tail), Quantile(defined, 1 - tail));
    }

    private static double Quantile(double[] sorted, double q)
    {
        var position = q * (sorted.Length - 1);
        var below = (int)Math.Floor(position);
        var above = Math.Min(below + 1, sorted.Length - 1);
        return sorted[below] + ((position - below) * (sorted[above] - sorted[below]));
    }
}
