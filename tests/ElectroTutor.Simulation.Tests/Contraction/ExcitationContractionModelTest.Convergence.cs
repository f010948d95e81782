using ElectroTutor.Simulation.Contraction;

namespace ElectroTutor.Simulation.Tests.Contraction;

public partial class ExcitationContractionModelTest
{
    private static double ForceAt60Ms(double timeStepMs) =>
        Model.Simulate(StimulusTrain.SinglePulse, timeStepMs, afterLastPulseMs: 60).FinalForceFraction;

    // RK4 is fourth order: halving the step should cut the change by about 2⁴ = 16 once the step is small enough
    // (F(60 ms) = 0.0931821157, …3584, …3900, …3920 at 0.1, 0.05, 0.025, 0.0125 ms: ratios 6.4 then 15.7, the same
    // digits as the independent Python integration). We require an observed order above 3, and the default step to
    // be within 1e-7 of a step four times smaller.
    [Fact]
    public void Halving_the_step_converges_at_fourth_order()
    {
        var f1 = ForceAt60Ms(0.05);
        var f2 = ForceAt60Ms(0.025);
        var f3 = ForceAt60Ms(0.0125);
        var order = Math.Log2(Math.Abs(f1 - f2) / Math.Abs(f2 - f3));
        Assert.True(order > 3, $"observed order {order}: {f1:R} {f2:R} {f3:R}");
        Assert.Equal(ForceAt60Ms(ExcitationContractionModel.DefaultTimeStepMs / 4), ForceAt60Ms(ExcitationContractionModel.DefaultTimeStepMs), 7);
    }

    [Fact]
    public void Twitch_and_train_summaries_are_converged_at_the_default_step()
    {
        var fine = Model.Simulate(StimulusTrain.FromDuration(50, 300), ExcitationContractionModel.DefaultTimeStepMs / 4);
        var standard = Model.Simulate(StimulusTrain.FromDuration(50, 300));
        Assert.Equal(fine.PeakForceFraction, standard.PeakForceFraction, 6);
        Assert.Equal(fine.PeakCalciumUm, standard.PeakCalciumUm, 2);
        Assert.Equal(fine.FusionIndex, standard.FusionIndex, 5);
        Assert.Equal(fine.TimeOfPeakForceMs, standard.TimeOfPeakForceMs, ExcitationContractionModel.DefaultTimeStepMs);
    }
}
