using ElectroTutor.Simulation.HodgkinHuxley;

namespace ElectroTutor.Simulation.Tests.HodgkinHuxley;

public class ActionPotentialShapeTest
{
    [Fact]
    public void Peak_and_after_hyperpolarisation_match_an_independent_RK4_solution()
    {
        // A 1 ms, 20 µA/cm² pulse at 1 ms. The independent solution (RK4, Δt 0.001 ms) peaks at +40.50 mV and falls to
        // −76.18 mV; textbooks quote the 6.3 °C HH spike as overshooting to ≈ +40 mV with an AHP near −75 mV.
        var axon = new HodgkinHuxleyAxon(HodgkinHuxleyParameters.SquidAxon);
        var reference = new ReferenceHodgkinHuxley().Run(t => t is >= 1 and < 2 ? 20 : 0, 30, axon.Rest.Rest!.PotentialMv);
        var trace = axon.Run(CurrentClampProtocol.Pulse(1, 1, 20), 30);
        var spikes = SpikeTrain.Detect(trace);

        Assert.Equal(reference.Peak(), ActionPotentialShape.PeakMv(trace, spikes), 0.1);
        Assert.Equal(reference.MinimumAfterPeak(), ActionPotentialShape.AfterHyperpolarizationMv(trace, spikes), 0.01);
        Assert.InRange(ActionPotentialShape.PeakMv(trace, spikes), 38, 43);
        Assert.InRange(ActionPotentialShape.AfterHyperpolarizationMv(trace, spikes), -78, -74);
    }

    [Fact]
    public void Without_a_spike_the_peak_is_the_top_of_the_subthreshold_response_and_there_is_no_AHP()
    {
        var trace = new HodgkinHuxleyAxon(HodgkinHuxleyParameters.SquidAxon).Run(CurrentClampProtocol.Pulse(1, 1, 3), 20);
        var spikes = SpikeTrain.Detect(trace);
        Assert.InRange(ActionPotentialShape.PeakMv(trace, spikes), -63, -55);
        Assert.True(double.IsNaN(ActionPotentialShape.AfterHyperpolarizationMv(trace, spikes)));
    }

    [Fact]
    public void Parabolic_refinement_finds_the_vertex_between_samples()
    {
        // Samples of 40 − (t − 1.1)² at t = 0, 0.5, …: the largest sample is 39.64, the vertex 40.
        var v = Enumerable.Range(0, 7).Select(i => 40 - Math.Pow((i * 0.5) - 1.1, 2) - (i == 0 ? 100 : 0)).ToArray();
        v[0] = -10;
        var trace = new MembraneTrace(0.5, v, new double[6], new double[6], new double[6]);
        Assert.Equal(40, ActionPotentialShape.PeakMv(trace, SpikeTrain.Detect(trace)), 1e-9);
    }
}
