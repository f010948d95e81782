using ElectroTutor.Simulation.Contraction;

namespace ElectroTutor.Simulation.Tests.Contraction;

public partial class ExcitationContractionModelTest
{
    private static readonly double[] FrequenciesHz = [5, 10, 20, 30, 50, 80, 100, 150, 200];

    // One 300-ms train per frequency, shared by the tests below to keep the run short.
    private static readonly Lazy<ContractionResponse[]> Sweep = new(() => FrequenciesHz
        .Select(f => Model.Simulate(StimulusTrain.FromDuration(f, 300), afterLastPulseMs: ExcitationContractionModel.PeakSearchWindowMs))
        .ToArray());

    [Fact]
    public void Two_pulses_close_together_sum()
    {
        var pair = Model.Simulate(new StimulusTrain(50, 2));
        Assert.True(pair.PeakForceFraction > 1.2 * Twitch.PeakForceFraction);
        Assert.True(Model.SummationRatio(new StimulusTrain(50, 2)) > 1.2);
        Assert.Equal(1.0, Model.SummationRatio(StimulusTrain.SinglePulse), 12);
    }

    [Fact]
    public void Force_rises_monotonically_with_frequency_and_saturates_near_the_Hill_plateau()
    {
        var peaks = Sweep.Value.Select(r => r.PeakForceFraction).ToArray();
        for (var i = 1; i < peaks.Length; i++)
        {
            Assert.True(peaks[i] > peaks[i - 1], $"{FrequenciesHz[i]} Hz gave {peaks[i]}, not more than {peaks[i - 1]}");
        }

        Assert.InRange(peaks[^1], 0.95, 1.0);
        Assert.InRange(peaks[^1] - peaks[^2], 0.0, 0.02);
    }

    // Fast mammalian muscle fuses into a smooth tetanus at about 50–100 Hz; at 10–20 Hz it gives separate, partly summed
    // twitches. The model's fusion index (trough/peak over the last interval of a 300-ms train) is 0.07 at 10 Hz,
    // 0.37 at 20 Hz, 0.88 at 50 Hz, 0.98 at 80 Hz and 0.992 at 100 Hz.
    [Fact]
    public void Trains_fuse_into_a_smooth_tetanus_at_50_to_100_Hz()
    {
        var fusion = Sweep.Value.Select(r => r.FusionIndex).ToArray();
        for (var i = 1; i < fusion.Length; i++)
        {
            Assert.True(fusion[i] > fusion[i - 1], $"{FrequenciesHz[i]} Hz fused {fusion[i]}, not more than {fusion[i - 1]}");
        }

        Assert.InRange(fusion[Array.IndexOf(FrequenciesHz, 10)], 0.0, 0.2);
        Assert.InRange(fusion[Array.IndexOf(FrequenciesHz, 20)], 0.2, 0.6);
        Assert.InRange(fusion[Array.IndexOf(FrequenciesHz, 50)], 0.8, 0.95);
        Assert.InRange(fusion[Array.IndexOf(FrequenciesHz, 100)], 0.98, 1.0);
    }
}
