namespace ElectroTutor.Tutoring.Mastery.Evaluation;

/// <summary>Scores of probabilistic predictions of binary outcomes, pooled over all attempts.</summary>
/// <param name="Auc">Area under the ROC curve (ties count one half), 0.5 for chance; NaN when only one class occurs.</param>
/// <param name="Rmse">Root mean squared error of the probability against the 0/1 outcome.</param>
/// <param name="LogLoss">Mean negative natural-log likelihood, probabilities clipped to [1e-7, 1 − 1e-7].</param>
/// <param name="CalibrationError">Expected calibration error over 10 equal-width bins, weighted by bin size.</param>
/// <param name="Count">Number of predictions.</param>
/// <param name="MeanPrediction">Mean predicted probability.</param>
/// <param name="MeanOutcome">Fraction of correct outcomes.</param>
public sealed record PredictionMetrics(double Auc, double Rmse, double LogLoss, double CalibrationError, int Count, double MeanPrediction, double MeanOutcome)
{
    /// <summary>The clipping bound of <see cref="LogLoss"/>.</summary>
    public const double LogLossEpsilon = 1e-7;

    /// <summary>Number of equal-width bins of <see cref="CalibrationError"/>.</summary>
    public const int CalibrationBins = 10;

    /// <summary>All scores of <paramref name="predictions"/> (probabilities) against <paramref name="outcomes"/>.</summary>
    public static PredictionMetrics Of(IReadOnlyList<double> predictions, IReadOnlyList<bool> outcomes)
    {
        ArgumentNullException.ThrowIfNull(predictions);
        ArgumentNullException.ThrowIfNull(outcomes);
        if (predictions.Count != outcomes.Count)
        {
            throw new ArgumentException("Predictions and outcomes must have the same length.", nameof(outcomes));
        }

        var n = predictions.Count;
        return new PredictionMetrics(
            AucOf(predictions, outcomes),
            RmseOf(predictions, outcomes),
            LogLossOf(predictions, outcomes),
            CalibrationErrorOf(predictions, outcomes),
            n,
            n == 0 ? double.NaN : predictions.Average(),
            n == 0 ? double.NaN : outcomes.Count(o => o) / (double)n);
    }

    /// <summary>AUC by the rank-sum (Mann–Whitney) formula with average ranks for ties.</summary>
    public static double AucOf(IReadOnlyList<double> predictions, IReadOnlyList<bool> outcomes)
    {
        ArgumentNullException.ThrowIfNull(predictions);
        ArgumentNullException.ThrowIfNull(outcomes);
        var order = Enumerable.Range(0, predictions.Count).OrderBy(i => predictions[i]).ToArray();
        double positives = 0, rankSum = 0;
        for (var start = 0; start < order.Length;)
        {
            var end = start;
            while (end + 1 < order.Length && predictions[order[end + 1]] == predictions[order[start]])
            {
                end++;
            }

            var averageRank = ((start + end) / 2.0) + 1;
            for (var k = start; k <= end; k++)
            {
                if (outcomes[order[k]])
                {
                    positives++;
                    rankSum += averageRank;
                }
            }

            start = end + 1;
        }

        var negatives = order.Length - positives;
        return positives == 0 || negatives == 0
            ? double.NaN
            : (rankSum - (positives * (positives + 1) / 2)) / (positives * negatives);
    }

    /// <summary>Root mean squared error.</summary>
    public static double RmseOf(IReadOnlyList<double> predictions, IReadOnlyList<bool> outcomes)
    {
        ArgumentNullException.ThrowIfNull(predictions);
        ArgumentNullException.ThrowIfNull(outcomes);
        var sum = 0.0;
        for (var i = 0; i < predictions.Count; i++)
        {
            var error = predictions[i] - (outcomes[i] ? 1 : 0);
            sum += error * error;
        }

        return Math.Sqrt(sum / predictions.Count);
    }

    /// <summary>Mean log loss with clipped probabilities, so one confident mistake cannot make it infinite.</summary>
    public static double LogLossOf(IReadOnlyList<double> predictions, IReadOnlyList<bool> outcomes)
    {
        ArgumentNullException.ThrowIfNull(predictions);
        ArgumentNullException.ThrowIfNull(outcomes);
        var sum = 0.0;
        for (var i = 0; i < predictions.Count; i++)
        {
            var p = Math.Clamp(predictions[i], LogLossEpsilon, 1 - LogLossEpsilon);
            sum -= Math.Log(outcomes[i] ? p : 1 - p);
        }

        return sum / predictions.Count;
    }

    /// <summary>ECE: Σ over bins of (bin size / n)·|mean prediction − fraction correct|; bin k holds [k/10, (k+1)/10).</summary>
    public static double CalibrationErrorOf(IReadOnlyList<double> predictions, IReadOnlyList<bool> outcomes)
    {
        ArgumentNullException.ThrowIfNull(predictions);
        ArgumentNullException.ThrowIfNull(outcomes);
        var count = new int[CalibrationBins];
        var predicted = new double[CalibrationBins];
        var observed = new double[CalibrationBins];
        for (var i = 0; i < predictions.Count; i++)
        {
            var bin = Math.Clamp((int)(predictions[i] * CalibrationBins), 0, CalibrationBins - 1);
            count[bin]++;
            predicted[bin] += predictions[i];
            observed[bin] += outcomes[i] ? 1 : 0;
        }

        var error = 0.0;
        for (var bin = 0; bin < CalibrationBins; bin++)
        {
            error += Math.Abs(predicted[bin] - observed[bin]) / predictions.Count;
        }

        return error;
    }
}
