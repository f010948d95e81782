using ElectroTutor.Simulation.Contraction;

namespace ElectroTutor.Simulation.Tests.Contraction;

public class ContractionTimeCourseTest
{
    private static readonly ExcitationContractionModel Fibre = new();

    [Fact]
    public void Twitch_samples_start_at_rest_and_peak_like_the_summary()
    {
        var samples = ContractionTimeCourse.Sample(Fibre, StimulusTrain.SinglePulse, 200, 0.5);
        var summary = Fibre.Twitch();

        Assert.Equal(401, samples.Count);
        Assert.Equal(0, samples[0].TimeMs);
        Assert.Equal(200, samples[^1].TimeMs, 9);
        Assert.True(samples[0].ForceFraction < 0.01);
        var peak = samples.MaxBy(s => s.ForceFraction);
        Assert.Equal(summary.PeakForceFraction, peak.ForceFraction, 3);
        Assert.Equal(summary.TimeOfPeakForceMs, peak.TimeMs, 0);
    }

    [Fact]
    public void Tetanus_force_rises_above_the_twitch_and_stays_up()
    {
        var twitch = ContractionTimeCourse.Sample(Fibre, StimulusTrain.SinglePulse, 300, 1).Max(s => s.ForceFraction);
        var tetanus = ContractionTimeCourse.Sample(Fibre, StimulusTrain.FromDuration(100, 200), 300, 1);

        Assert.True(tetanus.Max(s => s.ForceFraction) > 2 * twitch);
        Assert.True(tetanus.Single(s => s.TimeMs == 190).ForceFraction > twitch);
    }

    [Fact]
    public void Pulses_after_the_duration_are_not_given()
    {
        var shortRun = ContractionTimeCourse.Sample(Fibre, StimulusTrain.FromDuration(50, 1000), 50, 1);
        var threePulses = ContractionTimeCourse.Sample(Fibre, new StimulusTrain(50, 3), 50, 1);

        Assert.Equal(threePulses.Select(s => s.ForceFraction), shortRun.Select(s => s.ForceFraction));
    }

    [Theory]
    [InlineData(0, 1, 0.05)]
    [InlineData(100, 0, 0.05)]
    [InlineData(100, 1, 0)]
    [InlineData(100, 1e-4, 0.05)]
    public void Bad_times_are_rejected(double durationMs, double intervalMs, double stepMs) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ContractionTimeCourse.Sample(Fibre, StimulusTrain.SinglePulse, durationMs, intervalMs, stepMs));
}
