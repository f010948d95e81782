using ElectroTutor.Simulation.Contraction;

namespace ElectroTutor.Simulation.Tests.Contraction;

public partial class ExcitationContractionModelTest
{
    private static readonly ExcitationContractionModel Model = new();
    private static readonly ContractionResponse Twitch = Model.Twitch();

    [Fact]
    public void A_single_pulse_gives_a_twitch_that_rises_then_relaxes_to_baseline()
    {
        var rest = CalciumForceRelation.FastTwitch.ForceFraction(0.05);
        Assert.True(Twitch.PeakForceFraction > 100 * rest);
        Assert.True(Twitch.TimeOfPeakForceMs > 0);
        Assert.True(Twitch.HalfRelaxationMs > 0);
        Assert.InRange(Twitch.FinalForceFraction, rest, 1e-3);
        Assert.InRange(Twitch.FinalCalciumUm, 0.05, 0.1);
        Assert.True(double.IsNaN(Twitch.FusionIndex));
    }

    // Baylor & Hollingworth 2003 (J Physiol 551:125) and 2007: the spatially averaged peak of free Ca²⁺ in a twitch of
    // mouse fast-twitch fibres at 16 °C is about 15–20 µM. The model gives 16.45 µM.
    [Fact]
    public void Peak_free_calcium_of_a_twitch_is_of_order_15_to_20_uM()
    {
        Assert.InRange(Twitch.PeakCalciumUm, 15.0, 20.0);
    }

    // Fast mammalian twitches peak within about 10–40 ms (shorter at 35–37 °C, longer near room temperature). The model
    // gives 13.9 ms, with half-relaxation 26.9 ms after the peak.
    [Fact]
    public void Twitch_time_to_peak_is_10_to_40_ms()
    {
        Assert.InRange(Twitch.TimeOfPeakForceMs, 10.0, 40.0);
        Assert.InRange(Twitch.HalfRelaxationMs, 10.0, 60.0);
    }

    // Fast-twitch mammalian muscle: a twitch reaches roughly 0.2–0.5 of the fused tetanic force (textbook range; the
    // ratio is higher in cool muscle, whose twitches last longer). The model gives 0.349 / 1.000 = 0.349.
    [Fact]
    public void Twitch_is_a_fifth_to_a_half_of_a_fused_tetanus()
    {
        Assert.InRange(Model.TwitchTetanusRatio(), 0.2, 0.5);
    }

    // Independent check: a Python re-implementation of the same equations (RK4 at a fixed 0.01 ms step, no step
    // alignment; see docs/simulation-contraction.md) gives peak 0.348691 at 13.87 ms, peak Ca²⁺ 16.4489 µM,
    // half-relaxation 26.92 ms and F(60 ms) = 0.0931821.
    [Fact]
    public void Matches_an_independent_implementation_of_the_equations()
    {
        Assert.Equal(0.348691, Twitch.PeakForceFraction, 5);
        Assert.Equal(13.87, Twitch.TimeOfPeakForceMs, 0.05);
        Assert.Equal(16.4489, Twitch.PeakCalciumUm, 0.01);
        Assert.Equal(26.92, Twitch.HalfRelaxationMs, 0.05);
        Assert.Equal(0.0931821, Model.Simulate(StimulusTrain.SinglePulse, afterLastPulseMs: 60).FinalForceFraction, 6);
    }

    [Fact]
    public void Rejects_bad_parameters_steps_and_trains()
    {
        Assert.Throws<ArgumentException>(() => new ExcitationContractionModel(new ExcitationContractionParameters { TroponinOffRatePerMs = 0 }));
        Assert.Throws<ArgumentException>(() => new ExcitationContractionModel(new ExcitationContractionParameters { ReleaseDepressionFraction = 1.5 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => Model.Simulate(StimulusTrain.SinglePulse, timeStepMs: 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Model.Simulate(StimulusTrain.SinglePulse, afterLastPulseMs: -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Model.Simulate(new StimulusTrain(400, 3)));
        Assert.Throws<ArgumentOutOfRangeException>(() => Model.Simulate(new StimulusTrain(1, 100)));
    }
}
