using ElectroTutor.Data.Reports;

namespace ElectroTutor.Data.Tests.Reports;

public sealed class PointBiserialTest
{
    [Fact]
    public void Matches_pearson_and_turns_negative_when_weaker_learners_do_better()
    {
        // x = (0, 0, 1), y = (1, 0.5, 0): r = −1.5 / √(2 · 1.5) = −√3 / 2.
        Assert.Equal(-Math.Sqrt(3) / 2, PointBiserial.FromSums(3, 1, 1.5, 0, 1.25)!.Value, 12);
        Assert.Equal(1.0, PointBiserial.FromSums(2, 1, 1, 1, 1)!.Value, 12);
    }

    [Fact]
    public void Is_undefined_without_variance_or_pairs()
    {
        Assert.Null(PointBiserial.FromSums(1, 1, 1, 1, 1));
        Assert.Null(PointBiserial.FromSums(3, 3, 1.5, 1.5, 0.75));
        Assert.Null(PointBiserial.FromSums(3, 1, 1.5, 0.5, 0.75));
    }
}
