using ElectroTutor.Simulation.Contraction;

namespace ElectroTutor.Simulation.Tests.Contraction;

public class StimulusTrainTest
{
    [Theory]
    [InlineData(100, 500, 50)]
    [InlineData(150, 500, 75)]
    [InlineData(30, 100, 3)]
    [InlineData(10, 1, 1)]
    public void A_duration_holds_the_pulses_that_start_inside_it(double frequencyHz, double durationMs, int expected)
    {
        Assert.Equal(expected, StimulusTrain.FromDuration(frequencyHz, durationMs).PulseCount);
    }

    [Fact]
    public void Interval_and_last_pulse_follow_from_the_frequency()
    {
        var train = new StimulusTrain(50, 4);
        Assert.Equal(20.0, train.IntervalMs, 12);
        Assert.Equal(60.0, train.LastPulseMs, 12);
    }

    [Fact]
    public void Rejects_impossible_trains()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new StimulusTrain(0, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new StimulusTrain(50, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => StimulusTrain.FromDuration(50, -3));
        Assert.Throws<ArgumentOutOfRangeException>(() => StimulusTrain.FromDuration(1000, 1e9));
    }
}
