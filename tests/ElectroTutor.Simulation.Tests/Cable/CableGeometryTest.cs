using ElectroTutor.Simulation.Cable;
using ElectroTutor.Simulation.HodgkinHuxley;

namespace ElectroTutor.Simulation.Tests.Cable;

public class CableGeometryTest
{
    [Fact]
    public void Axial_coupling_of_the_1952_axon_is_a_over_2Ri_in_mS()
    {
        // 0.0238 cm / (2 × 35.4 Ω·cm) = 3.3616e−4 S = 0.33616 mS.
        var geometry = CableGeometry.SquidGiantAxon;
        Assert.Equal(0.0238, geometry.RadiusCm, 1e-12);
        Assert.Equal(0.33616, geometry.AxialCouplingMs, 1e-5);
        Assert.Equal(0.01, geometry.CompartmentLengthCm, 1e-12);
    }

    [Theory]
    [InlineData(0.0, 5.0, 35.4, 500, "DiameterUm")]
    [InlineData(476.0, -1.0, 35.4, 500, "LengthCm")]
    [InlineData(476.0, 5.0, double.NaN, 500, "AxialResistivityOhmCm")]
    [InlineData(476.0, 5.0, 35.4, 3, "CompartmentCount")]
    public void Rejects_impossible_geometry_naming_the_field(double diameterUm, double lengthCm, double resistivityOhmCm, int count, string field)
    {
        var geometry = new CableGeometry { DiameterUm = diameterUm, LengthCm = lengthCm, AxialResistivityOhmCm = resistivityOhmCm, CompartmentCount = count };
        var error = Assert.ThrowsAny<ArgumentException>(geometry.Validate);
        Assert.Contains(field, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_compartments_longer_than_half_a_length_constant()
    {
        // 5 cm in 10 compartments of 0.5 cm against λ = 0.70 cm at rest.
        var coarse = CableGeometry.SquidGiantAxon with { CompartmentCount = 10 };
        var error = Assert.Throws<ArgumentException>(() => new HodgkinHuxleyCable(coarse, HodgkinHuxleyParameters.SquidAxon));
        Assert.Contains("length constant", error.Message, StringComparison.Ordinal);
        Assert.Contains("at least 15 compartments", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_a_non_positive_membrane_conductance()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => CableGeometry.SquidGiantAxon.LengthConstantCm(0));
    }
}
