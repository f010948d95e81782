using ElectroTutor.Simulation.Cable;

namespace ElectroTutor.Simulation.Tests.Cable;

public partial class HodgkinHuxleyCableTest
{
    [Fact]
    public void Reproduces_Hodgkin_and_Huxleys_computed_velocity_of_18_8_m_per_s()
    {
        // Hodgkin & Huxley 1952 (J Physiol 117:500) computed 18.8 m/s; this solver converges to 18.73 m/s (−0.4 %),
        // and the default discretisation (Δx = 100 µm, Δt = 0.01 ms) gives 18.70 m/s.
        var conduction = Run(500, HodgkinHuxleyCable.DefaultTimeStepMs).Conduction();
        Assert.True(conduction.Propagated);
        Assert.Equal(18.8, conduction.VelocityMPerS, 18.8 * 0.03);
        Assert.InRange(conduction.VelocityMPerS, 18.65, 18.75);
    }

    [Fact]
    public void Velocity_scales_with_the_square_root_of_the_diameter()
    {
        var thin = Run(500, HodgkinHuxleyCable.DefaultTimeStepMs, diameterUm: 119, durationMs: 6).Conduction().VelocityMPerS;
        var thick = Run(500, HodgkinHuxleyCable.DefaultTimeStepMs, diameterUm: 476).Conduction().VelocityMPerS;
        Assert.Equal(2.0, thick / thin, 0.02);
    }

    [Fact]
    public void Velocity_scales_inversely_with_the_square_root_of_the_axial_resistivity()
    {
        var resistive = Run(500, HodgkinHuxleyCable.DefaultTimeStepMs, axialResistivityOhmCm: 4 * 35.4, durationMs: 6).Conduction().VelocityMPerS;
        var normal = Run(500, HodgkinHuxleyCable.DefaultTimeStepMs).Conduction().VelocityMPerS;
        Assert.Equal(2.0, normal / resistive, 0.02);
    }

    [Fact]
    public void The_action_potential_overshoots_at_both_sites_and_arrives_later_at_the_far_one()
    {
        var recording = Run(500, HodgkinHuxleyCable.DefaultTimeStepMs);
        Assert.InRange(recording.PeakPotentialMv(0), 20, 35);
        Assert.Equal(recording.PeakPotentialMv(0), recording.PeakPotentialMv(1), 0.5);
        Assert.Equal(recording.ArrivalTimeMs(0) + (2.5 / 1.87), recording.ArrivalTimeMs(1), 0.01);
    }
}
