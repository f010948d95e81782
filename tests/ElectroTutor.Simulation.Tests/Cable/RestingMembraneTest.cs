using ElectroTutor.Simulation.Cable;
using ElectroTutor.Simulation.HodgkinHuxley;

namespace ElectroTutor.Simulation.Tests.Cable;

public class RestingMembraneTest
{
    [Fact]
    public void The_squid_axon_rests_at_minus_65_mV()
    {
        var rest = RestingMembrane.PotentialMv(HodgkinHuxleyParameters.SquidAxon);
        Assert.Equal(-65.0, rest, 0.01);
        Assert.Equal(0.0, RestingMembrane.SteadyStateCurrentUaCm2(HodgkinHuxleyParameters.SquidAxon, rest), 1e-8);
    }

    [Fact]
    public void Blocking_potassium_channels_depolarises_rest_and_blocking_sodium_hyperpolarises_it()
    {
        var squid = HodgkinHuxleyParameters.SquidAxon;
        var normal = RestingMembrane.PotentialMv(squid);
        Assert.True(RestingMembrane.PotentialMv(squid with { PotassiumBlockFraction = 0.5 }) > normal + 1);
        Assert.True(RestingMembrane.PotentialMv(squid with { SodiumBlockFraction = 1 }) < normal - 0.1);
    }

    [Fact]
    public void A_membrane_without_conductance_has_no_rest()
    {
        var inert = HodgkinHuxleyParameters.SquidAxon with { SodiumConductanceMsPerCm2 = 0, PotassiumConductanceMsPerCm2 = 0, LeakConductanceMsPerCm2 = 0 };
        Assert.Throws<ArgumentException>(() => RestingMembrane.PotentialMv(inert));
    }
}
