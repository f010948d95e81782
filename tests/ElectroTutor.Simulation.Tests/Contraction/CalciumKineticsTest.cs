using ElectroTutor.Simulation.Contraction;

namespace ElectroTutor.Simulation.Tests.Contraction;

public class CalciumKineticsTest
{
    [Fact]
    public void Rest_is_a_steady_state()
    {
        var kinetics = new CalciumKinetics(ExcitationContractionParameters.FastTwitchMouse);
        var derivative = kinetics.Derivative(kinetics.Rest, 0);
        Assert.Equal(0.0, derivative.CalciumUm, 12);
        Assert.Equal(0.0, derivative.TroponinBoundUm, 12);
        Assert.Equal(0.0, derivative.ParvalbuminBoundUm, 12);
        Assert.Equal(0.0, derivative.ForceFraction, 12);
    }

    // Analytic equilibrium: bound = sites · c / (c + Koff/Kon). Troponin: 240 × 0.05 / (0.05 + 2) = 5.8537 µM;
    // parvalbumin: 1500 × 0.05 / (0.05 + 0.142857) = 388.89 µM.
    [Fact]
    public void Resting_buffers_are_in_equilibrium_with_resting_calcium()
    {
        var rest = new CalciumKinetics(ExcitationContractionParameters.FastTwitchMouse).Rest;
        Assert.Equal(0.05, rest.CalciumUm, 12);
        Assert.Equal(5.853659, rest.TroponinBoundUm, 5);
        Assert.Equal(388.8889, rest.ParvalbuminBoundUm, 3);
    }

    // Mass balance: every µM released ends up free, on ATP (κ per free µM), troponin or parvalbumin unless SERCA takes
    // it back; with the pump (and so the leak that balances it) off, d[(1 + κ) c + T + P]/dt equals the release flux.
    [Fact]
    public void Without_SERCA_every_released_ion_is_free_or_bound()
    {
        var parameters = ExcitationContractionParameters.FastTwitchMouse with { SercaVmaxUmPerMs = 0 };
        var kinetics = new CalciumKinetics(parameters);
        var state = new MyoplasmicState(7.5, 120, 600, 0.2);
        var d = kinetics.Derivative(state, 150);
        var total = ((1 + parameters.FastBufferCapacity) * d.CalciumUm) + d.TroponinBoundUm + d.ParvalbuminBoundUm;
        Assert.Equal(150.0, total, 9);
    }

    // At constant Ca²⁺ the force relaxes to the Hill activation: steady force equals the steady Ca²⁺–force relation.
    [Fact]
    public void Force_settles_on_the_Hill_activation_of_free_calcium()
    {
        var kinetics = new CalciumKinetics(ExcitationContractionParameters.FastTwitchMouse);
        var activation = CalciumForceRelation.FastTwitch.ForceFraction(1.5);
        var below = kinetics.Derivative(new MyoplasmicState(1.5, 0, 0, activation - 0.1), 0);
        var at = kinetics.Derivative(new MyoplasmicState(1.5, 0, 0, activation), 0);
        Assert.True(below.ForceFraction > 0);
        Assert.Equal(0.0, at.ForceFraction, 15);
    }
}
