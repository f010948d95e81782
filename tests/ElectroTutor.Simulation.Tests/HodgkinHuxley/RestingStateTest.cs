using ElectroTutor.Simulation.HodgkinHuxley;

namespace ElectroTutor.Simulation.Tests.HodgkinHuxley;

public class RestingStateTest
{
    private static readonly HodgkinHuxleyParameters Squid = HodgkinHuxleyParameters.SquidAxon;

    [Fact]
    public void Default_squid_axon_rests_at_minus_65_mV_with_one_stable_equilibrium()
    {
        // E_L = −54.387 mV is the value chosen (in the modern convention) to put rest at −65 mV; the exact zero is −64.996.
        var state = RestingState.Find(Squid);
        Assert.Single(state.Equilibria);
        Assert.True(state.IsQuiescent);
        Assert.Equal(-65.00, state.Rest!.PotentialMv, 0.005);
        Assert.Equal(0, SteadyStateCurrent.IonicUaCm2(Squid, state.Rest.PotentialMv), 1e-9);
        Assert.Equal(GatingState.SteadyStateAt(state.Rest.PotentialMv), state.Rest.Gates);
    }

    [Theory]
    [InlineData(9.7, true)]
    [InlineData(9.9, false)]
    [InlineData(150, false)]
    [InlineData(160, true)]
    public void Rest_loses_stability_between_the_two_Hopf_currents(double appliedUaCm2, bool stable)
    {
        // Context: for the 6.3 °C model the equilibrium is unstable between Hopf bifurcations at I ≈ 9.78 and ≈ 154.5
        // µA/cm² (Rinzel & Miller 1980, Math Biosci 49:27); our eigenvalue crossings bracket both.
        var state = RestingState.Find(Squid, appliedUaCm2);
        Assert.Single(state.Equilibria);
        Assert.Equal(stable, state.Equilibria[0].IsStable);
    }

    [Fact]
    public void High_external_potassium_can_leave_no_stable_rest_and_the_membrane_then_fires_on_its_own()
    {
        var parameters = Squid.WithConcentrations(AxonConcentrations.SquidAxon with { PotassiumOutsideMm = 30 });
        var axon = new HodgkinHuxleyAxon(parameters);
        Assert.False(axon.Rest.IsQuiescent);
        Assert.Null(axon.Rest.Rest);
        Assert.InRange(axon.Rest.StartingPoint.LeadingEigenvalueRealPerMs, 0, 1);
        Assert.True(SpikeTrain.Detect(axon.Run(CurrentClampProtocol.None, 200)).Count > 3);
    }

    [Fact]
    public void Very_high_potassium_depolarises_to_a_stable_blocked_rest()
    {
        var axon = new HodgkinHuxleyAxon(Squid.WithConcentrations(AxonConcentrations.SquidAxon with { PotassiumOutsideMm = 100 }));
        Assert.True(axon.Rest.IsQuiescent);
        Assert.InRange(axon.Rest.Rest!.PotentialMv, -35, -25);
        Assert.Equal(0, SpikeTrain.Detect(axon.Run(CurrentClampProtocol.None, 100)).Count);
    }

    [Fact]
    public void Runs_start_at_their_own_rest()
    {
        var tea = new HodgkinHuxleyAxon(Squid with { PotassiumBlockFraction = 0.95 });
        var trace = tea.Run(CurrentClampProtocol.None, 20);
        Assert.Equal(tea.Rest.Rest!.PotentialMv, trace.MembranePotentialMv[0]);
        Assert.All(trace.MembranePotentialMv, v => Assert.Equal(tea.Rest.Rest.PotentialMv, v, 0.01));
    }

    [Fact]
    public void A_membrane_with_no_conductance_has_no_equilibrium_to_report()
    {
        var state = RestingState.Find(Squid with { SodiumBlockFraction = 1, PotassiumBlockFraction = 1, LeakConductanceMsPerCm2 = 0 });
        Assert.Empty(state.Equilibria);
        Assert.False(state.IsQuiescent);
    }
}
