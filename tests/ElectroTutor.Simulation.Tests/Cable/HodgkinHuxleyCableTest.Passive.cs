using ElectroTutor.Simulation.Cable;
using ElectroTutor.Simulation.HodgkinHuxley;

namespace ElectroTutor.Simulation.Tests.Cable;

public partial class HodgkinHuxleyCableTest
{
    [Theory]
    [InlineData(CableScheme.CrankNicolson)]
    [InlineData(CableScheme.BackwardEuler)]
    public void Steady_passive_decay_follows_the_length_constant(CableScheme scheme)
    {
        // Leak only: λ = √(a R_m / 2R_i) = √(0.0238 cm × 3333 Ω·cm² / 70.8 Ω·cm) = 1.0585 cm. A 20 cm cable is
        // semi-infinite for this purpose (cosh correction e^(−30)); 100 ms is 30 membrane time constants.
        var leakOnly = HodgkinHuxleyParameters.SquidAxon with { SodiumConductanceMsPerCm2 = 0, PotassiumConductanceMsPerCm2 = 0 };
        var geometry = CableGeometry.SquidGiantAxon with { LengthCm = 20, CompartmentCount = 1000 };
        var expectedCm = Math.Sqrt(geometry.RadiusCm * (1000.0 / 0.3) / (2 * 35.4));
        var cable = new HodgkinHuxleyCable(geometry, leakOnly, scheme);
        var step = new CableStimulus(CurrentClampProtocol.Pulse(0, 200, 5), 0.1);

        var recording = cable.Run(step, [2.0, 4.0], 100, 0.1);

        var near = recording.PotentialMv(0)[^1] - recording.RestingPotentialMv;
        var far = recording.PotentialMv(1)[^1] - recording.RestingPotentialMv;
        var measuredCm = 2.0 / Math.Log(near / far);
        Assert.Equal(1.0585, expectedCm, 1e-4);
        Assert.Equal(expectedCm, measuredCm, expectedCm * 0.001);
        Assert.Equal(expectedCm, geometry.LengthConstantCm(0.3), 1e-12);
    }

    [Fact]
    public void Resting_length_constant_uses_the_whole_resting_conductance()
    {
        var cable = new HodgkinHuxleyCable(CableGeometry.SquidGiantAxon, Squid185);
        var restingConductance = SteadyStateCurrent.ConductanceMsPerCm2(Squid185, cable.RestingPotentialMv);
        Assert.Equal(0.677, restingConductance, 0.001);
        Assert.Equal(Math.Sqrt(0.33616 / restingConductance), cable.LengthConstantCm, 1e-4);
    }
}
