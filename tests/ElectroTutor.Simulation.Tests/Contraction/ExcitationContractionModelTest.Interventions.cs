using ElectroTutor.Simulation.Contraction;

namespace ElectroTutor.Simulation.Tests.Contraction;

public partial class ExcitationContractionModelTest
{
    private static readonly ExcitationContractionParameters SercaBlocked =
        ExcitationContractionParameters.FastTwitchMouse with { SercaVmaxUmPerMs = 0 };

    [Fact]
    public void Without_SR_release_there_is_no_force()
    {
        var model = new ExcitationContractionModel(ExcitationContractionParameters.FastTwitchMouse with { ReleasePeakUmPerMs = 0 });
        var response = model.Simulate(StimulusTrain.FromDuration(100, 200));
        var restingForce = CalciumForceRelation.FastTwitch.ForceFraction(0.05);
        Assert.Equal(restingForce, response.PeakForceFraction, 12);
        Assert.Equal(0.05, response.PeakCalciumUm, 12);
    }

    [Fact]
    public void With_SERCA_blocked_a_tetanus_leaves_calcium_high_and_relaxation_fails()
    {
        var blocked = new ExcitationContractionModel(SercaBlocked).Simulate(StimulusTrain.FromDuration(100, 500));
        var normal = Model.Simulate(StimulusTrain.FromDuration(100, 500));
        Assert.True(blocked.FinalCalciumUm > 2 * CalciumForceRelation.FastTwitch.HalfActivationCalciumUm);
        Assert.True(blocked.FinalForceFraction > 0.8 * blocked.PeakForceFraction);
        Assert.True(double.IsNaN(blocked.HalfRelaxationMs));
        Assert.True(normal.FinalForceFraction < 0.01 * normal.PeakForceFraction);
    }

    [Fact]
    public void With_SERCA_blocked_and_no_parvalbumin_even_a_twitch_does_not_relax()
    {
        var model = new ExcitationContractionModel(SercaBlocked with { ParvalbuminSitesUm = 0 });
        var twitch = model.Twitch();
        Assert.True(twitch.FinalCalciumUm > 5);
        Assert.True(twitch.FinalForceFraction > 0.9 * twitch.PeakForceFraction);
    }

    // Gillis et al. 1982 (J Muscle Res Cell Motil 3:377): parvalbumin and the SR pump are complementary relaxing
    // factors; with SR uptake reduced, parvalbumin still relaxes the first few contractions. A single twitch with SERCA
    // blocked therefore still relaxes in the model, with Ca²⁺ left a little above rest on loaded parvalbumin.
    [Fact]
    public void Parvalbumin_alone_still_relaxes_a_single_twitch()
    {
        var twitch = new ExcitationContractionModel(SercaBlocked).Twitch();
        Assert.True(twitch.FinalForceFraction < 0.01 * twitch.PeakForceFraction);
        Assert.InRange(twitch.FinalCalciumUm, 0.05, 0.5);
    }
}
