using ElectroTutor.Simulation.Cable;

namespace ElectroTutor.Simulation.Tests.Cable;

public class ConductionMeasurementTest
{
    [Fact]
    public void Velocity_is_distance_over_delay_in_m_per_s()
    {
        var conduction = ConductionMeasurement.Between(2.5, 0.5, 1.75, 90, 90);
        Assert.True(conduction.Propagated);
        Assert.Equal(20.0, conduction.VelocityMPerS, 1e-12);
    }

    [Theory]
    [InlineData(0.5, double.NaN, 90, 90)]
    [InlineData(double.NaN, double.NaN, 90, 90)]
    [InlineData(1.0, 0.9, 90, 90)]
    [InlineData(0.5, 0.6, 90, 40)]
    public void Missing_reversed_or_decrementing_arrivals_are_not_propagation(double nearMs, double farMs, double nearMv, double farMv)
    {
        var conduction = ConductionMeasurement.Between(2.5, nearMs, farMs, nearMv, farMv);
        Assert.False(conduction.Propagated);
        Assert.True(double.IsNaN(conduction.VelocityMPerS));
    }
}
