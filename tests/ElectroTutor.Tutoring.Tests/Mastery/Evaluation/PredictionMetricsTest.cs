using ElectroTutor.Tutoring.Mastery.Evaluation;

namespace ElectroTutor.Tutoring.Tests.Mastery.Evaluation;

public class PredictionMetricsTest
{
    [Fact]
    public void AUC_counts_pairs_and_gives_ties_one_half()
    {
        // Positives 0.8, 0.4, 0.4; negatives 0.4, 0.2. Pairs won: 0.8 beats both (2), each 0.4 beats 0.2 (2)
        // and ties 0.4 (2 x 0.5) → 5 of 6.
        double[] p = [0.8, 0.4, 0.4, 0.4, 0.2];
        bool[] y = [true, true, true, false, false];
        Assert.Equal(5.0 / 6, PredictionMetrics.AucOf(p, y), 12);
    }

    [Fact]
    public void AUC_is_one_for_a_perfect_ranking_and_NaN_for_one_class()
    {
        Assert.Equal(1.0, PredictionMetrics.AucOf([0.1, 0.9], [false, true]));
        Assert.True(double.IsNaN(PredictionMetrics.AucOf([0.1, 0.9], [true, true])));
    }

    [Fact]
    public void RMSE_matches_the_hand_computation()
    {
        // errors 0.2 and 0.6: sqrt((0.04 + 0.36) / 2)
        Assert.Equal(Math.Sqrt(0.2), PredictionMetrics.RmseOf([0.8, 0.6], [true, false]), 12);
    }

    [Fact]
    public void Log_loss_is_clipped_so_a_certain_mistake_stays_finite()
    {
        var loss = PredictionMetrics.LogLossOf([0.0, 0.5], [true, true]);
        Assert.Equal((-Math.Log(PredictionMetrics.LogLossEpsilon) - Math.Log(0.5)) / 2, loss, 9);
    }

    [Fact]
    public void ECE_weights_each_bin_by_its_size()
    {
        // Bin 0.2-0.3: mean 0.25, 1 of 2 correct → gap 0.25. Bin 0.9-1.0: mean 0.95 and 1.0 (edge), 2 of 2 → gap 0.025.
        double[] p = [0.2, 0.3 - 1e-9, 0.9, 1.0];
        bool[] y = [true, false, true, true];
        var expected = (2.0 / 4 * Math.Abs(((0.2 + 0.3 - 1e-9) / 2) - 0.5)) + (2.0 / 4 * Math.Abs(0.95 - 1));
        Assert.Equal(expected, PredictionMetrics.CalibrationErrorOf(p, y), 9);
    }

    [Fact]
    public void The_summary_holds_counts_and_means()
    {
        var metrics = PredictionMetrics.Of([0.8, 0.6], [true, false]);
        Assert.Equal(2, metrics.Count);
        Assert.Equal(0.7, metrics.MeanPrediction, 12);
        Assert.Equal(0.5, metrics.MeanOutcome, 12);
    }
}
