using ElectroTutor.Simulation.Cable;
using ElectroTutor.Simulation.HodgkinHuxley;

namespace ElectroTutor.Simulation.Tests.Cable;

public partial class HodgkinHuxleyCableTest
{
    private static HodgkinHuxleyCable Cable(HodgkinHuxleyParameters membrane) => new(CableGeometry.SquidGiantAxon, membrane);

    [Fact]
    public void The_cable_starts_at_the_membranes_own_rest()
    {
        var cable = Cable(Squid185);
        Assert.Equal(-65.0, cable.RestingPotentialMv, 0.01);
        Assert.Equal(0.0, SteadyStateCurrent.IonicUaCm2(Squid185, cable.RestingPotentialMv), 1e-8);
    }

    [Fact]
    public void Blocking_potassium_channels_depolarises_the_rest_and_blocking_sodium_hyperpolarises_it()
    {
        var normal = Cable(Squid185).RestingPotentialMv;
        Assert.True(Cable(Squid185 with { PotassiumBlockFraction = 0.5 }).RestingPotentialMv > normal + 1);
        Assert.True(Cable(Squid185 with { SodiumBlockFraction = 1 }).RestingPotentialMv < normal - 0.1);
    }

    [Fact]
    public void A_membrane_without_conductance_has_no_rest()
    {
        var inert = Squid185 with { SodiumConductanceMsPerCm2 = 0, PotassiumConductanceMsPerCm2 = 0, LeakConductanceMsPerCm2 = 0 };
        Assert.Contains("no resting potential", Assert.ThrowsAny<ArgumentException>(() => Cable(inert)).Message, StringComparison.Ordinal);
    }
}
