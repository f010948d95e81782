using ElectroTutor.Cli.LoadTest;

namespace ElectroTutor.Cli.Tests.LoadTest;

public sealed class PracticeCurveTest
{
    [Fact]
    public void The_chance_starts_low_and_rises_towards_the_ceiling_with_practice()
    {
        var curve = new PracticeCurve(0.2, 0.9, 10);
        Assert.Equal(0.2, curve.ChanceOfRightAnswer(0), 12);
        Assert.True(curve.ChanceOfRightAnswer(5) > curve.ChanceOfRightAnswer(0));
        Assert.True(curve.ChanceOfRightAnswer(20) > curve.ChanceOfRightAnswer(5));
        Assert.InRange(curve.ChanceOfRightAnswer(1000), 0.899, 0.9);
    }

    [Fact]
    public void Drawn_learners_start_below_their_ceiling()
    {
        var random = new Random(3);
        for (var i = 0; i < 50; i++)
        {
            var curve = PracticeCurve.Draw(random);
            Assert.InRange(curve.StartChance, 0.15, 0.35);
            Assert.InRange(curve.CeilingChance, 0.8, 0.95);
            Assert.True(curve.ChanceOfRightAnswer(0) < curve.ChanceOfRightAnswer(30));
        }
    }
}
