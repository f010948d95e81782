using ElectroTutor.Simulation.HodgkinHuxley;

namespace ElectroTutor.Simulation.Tests.HodgkinHuxley;

public class HodgkinHuxleyRatesTest
{
    // Values of the 1952 rate equations at rest (−65 mV in the modern convention; V = 0 in HH's own), which Hodgkin and
    // Huxley list as α_m = 0.224, β_m = 4, α_h = 0.07, β_h = 0.0474, α_n = 0.0582, β_n = 0.125 ms⁻¹ (J Physiol 117:500, 1952).
    [Theory]
    [InlineData("am", 0.22356)]
    [InlineData("bm", 4.0)]
    [InlineData("ah", 0.07)]
    [InlineData("bh", 0.04743)]
    [InlineData("an", 0.05820)]
    [InlineData("bn", 0.125)]
    public void Rates_at_rest_match_the_1952_paper(string rate, double expectedPerMs)
    {
        var value = rate switch
        {
            "am" => HodgkinHuxleyRates.AlphaM(-65),
            "bm" => HodgkinHuxleyRates.BetaM(-65),
            "ah" => HodgkinHuxleyRates.AlphaH(-65),
            "bh" => HodgkinHuxleyRates.BetaH(-65),
            "an" => HodgkinHuxleyRates.AlphaN(-65),
            _ => HodgkinHuxleyRates.BetaN(-65),
        };
        Assert.Equal(expectedPerMs, value, 1e-4 * expectedPerMs + 1e-5);
    }

    [Fact]
    public void Removable_singularities_take_their_limits()
    {
        Assert.Equal(1.0, HodgkinHuxleyRates.AlphaM(-40), 12);
        Assert.Equal(0.1, HodgkinHuxleyRates.AlphaN(-55), 12);
        Assert.Equal(HodgkinHuxleyRates.AlphaM(-40 + 1e-3), HodgkinHuxleyRates.AlphaM(-40), 1e-4);
        Assert.Equal(HodgkinHuxleyRates.AlphaM(-40 - 1e-7), HodgkinHuxleyRates.AlphaM(-40 + 1e-7), 1e-7);
    }

    [Fact]
    public void Temperature_factor_is_three_per_ten_degrees()
    {
        Assert.Equal(1.0, HodgkinHuxleyRates.TemperatureFactor(6.3), 12);
        Assert.Equal(3.0, HodgkinHuxleyRates.TemperatureFactor(16.3), 12);
        Assert.Equal(Math.Pow(3, 1.22), HodgkinHuxleyRates.TemperatureFactor(18.5), 12);
    }

    [Fact]
    public void Resting_gates_match_the_classic_values()
    {
        // m∞ = 0.0529, h∞ = 0.5961, n∞ = 0.3177 at −65 mV.
        var rest = GatingState.SteadyStateAt(-65);
        Assert.Equal(0.0529, rest.M, 4);
        Assert.Equal(0.5961, rest.H, 4);
        Assert.Equal(0.3177, rest.N, 4);
    }
}
