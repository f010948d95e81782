using ElectroTutor.Tutoring.Mastery.Evaluation;

namespace ElectroTutor.Tutoring.Tests.Mastery.Evaluation;

public class LearnerBootstrapTest
{
    /// <summary>Learners whose outcomes are noisy around their predictions, seeded.</summary>
    private static IReadOnlyList<(double, bool)>[] NoisyLearners(int count, int seed)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, count).Select(_ => (IReadOnlyList<(double, bool)>)[.. Enumerable.Range(0, 10).Select(_ =>
        {
            var p = random.NextDouble();
            return (p, random.NextDouble() < p);
        })])];
    }

    [Fact]
    public void A_perfect_predictor_has_the_interval_one_to_one()
    {
        IReadOnlyList<(double, bool)>[] learners = [.. Enumerable.Range(0, 30).Select(i => (IReadOnlyList<(double, bool)>)[(0.9, true), (0.1, false), (0.8, i % 2 == 0)])];
        learners = [.. learners.Select(l => (IReadOnlyList<(double, bool)>)[.. l.Where(a => a.Item1 != 0.8 || a.Item2)])];
        var intervals = LearnerBootstrap.Intervals(learners, 200, seed: 5);
        Assert.Equal(1, intervals.Auc.Lower);
        Assert.Equal(1, intervals.Auc.Upper);
    }

    [Fact]
    public void The_interval_holds_the_pooled_score_and_shrinks_with_more_learners()
    {
        var few = NoisyLearners(40, 1);
        var many = NoisyLearners(1000, 1);
        var narrow = LearnerBootstrap.Intervals(many, 200, 3);
        var wide = LearnerBootstrap.Intervals(few, 200, 3);
        var pooled = PredictionMetrics.Of([.. many.SelectMany(l => l).Select(a => a.Item1)], [.. many.SelectMany(l => l).Select(a => a.Item2)]);
        Assert.InRange(pooled.Auc, narrow.Auc.Lower, narrow.Auc.Upper);
        Assert.InRange(pooled.LogLoss, narrow.LogLoss.Lower, narrow.LogLoss.Upper);
        Assert.True(narrow.Auc.Width < wide.Auc.Width / 2, $"{narrow.Auc.Width} vs {wide.Auc.Width}");
        Assert.True(narrow.Rmse.Width < wide.Rmse.Width, $"{narrow.Rmse.Width} vs {wide.Rmse.Width}");
        Assert.True(narrow.CalibrationError.Width < wide.CalibrationError.Width);
    }

    [Fact]
    public void The_same_seed_gives_the_same_intervals_and_another_seed_others()
    {
        var learners = NoisyLearners(50, 2);
        Assert.Equal(LearnerBootstrap.Intervals(learners, 100, 7), LearnerBootstrap.Intervals(learners, 100, 7));
        Assert.NotEqual(LearnerBootstrap.Intervals(learners, 100, 7).Auc, LearnerBootstrap.Intervals(learners, 100, 8).Auc);
    }

    [Fact]
    public void One_resample_of_one_learner_is_that_learner_and_no_resamples_is_refused()
    {
        IReadOnlyList<(double, bool)>[] one = [[(0.8, true), (0.3, false), (0.6, false)]];
        var intervals = LearnerBootstrap.Intervals(one, 1, 1);
        Assert.Equal(1, intervals.Auc.Lower);
        Assert.Equal(PredictionMetrics.RmseOf([0.8, 0.3, 0.6], [true, false, false]), intervals.Rmse.Upper, 12);
        Assert.Throws<ArgumentOutOfRangeException>(() => LearnerBootstrap.Intervals(one, 0, 1));
    }

    [Fact]
    public void Resamples_with_one_outcome_only_leave_the_AUC_interval_undefined()
    {
        IReadOnlyList<(double, bool)>[] allCorrect = [[(0.8, true)], [(0.4, true)]];
        var intervals = LearnerBootstrap.Intervals(allCorrect, 20, 1);
        Assert.True(double.IsNaN(intervals.Auc.Lower));
        Assert.True(intervals.LogLoss.Lower > 0);
    }
}
