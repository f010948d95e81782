using ElectroTutor.Simulation.Scenarios;

namespace ElectroTutor.Simulation.Tests.Scenarios;

public class HhVoltageClampScenarioTest
{
    private static readonly ScenarioCatalog Catalog = new([new HhVoltageClampScenario()]);

    private static double Value(string? quantity, params (string Name, double Value)[] inputs)
    {
        var result = Catalog.Evaluate(new ScenarioRequest("hhVoltageClamp", inputs.ToDictionary(i => i.Name, i => ScenarioValue.Of(i.Value)), quantity));
        Assert.True(result.Succeeded, result.Error);
        return result.Value!.Value;
    }

    [Fact]
    public void Default_is_the_peak_Na_current_of_a_step_from_minus_65_to_0_mV()
    {
        var result = Catalog.Evaluate(new ScenarioRequest("hhVoltageClamp", new Dictionary<string, ScenarioValue>(), null));
        Assert.Equal("peakSodiumCurrentUaCm2", result.Quantity);
        Assert.Equal(-1456.84, result.Value!.Value, 0.01);
        Assert.Equal(0.6176, Value("timeToPeakSodiumMs"), 1e-4);
        Assert.Equal(1879.03, Value("steadyPotassiumCurrentUaCm2"), 0.01);
        Assert.Equal(24.40, Value("potassiumConductanceEndMsCm2"), 0.01);
        Assert.Equal(1456.84 / 50, Value("peakSodiumConductanceMsCm2"), 0.001);
    }

    [Fact]
    public void Drugs_remove_their_currents_and_aliases_work()
    {
        Assert.Equal(0, Value("peakSodiumCurrentUaCm2", ("ttx", 1)));
        Assert.Equal(0, Value("steadyPotassiumCurrentUaCm2", ("tea", 1)));
        Assert.Equal(Value("peakSodiumCurrentUaCm2", ("holdingMv", -80), ("testMv", -20)), Value("peakSodiumCurrentUaCm2", ("hold", -80), ("test", -20)));
    }

    [Fact]
    public void Lowering_external_sodium_shrinks_the_inward_current()
    {
        // [Na]o 100 mM against 50 inside: E_Na = (RT/F)·ln 2 = 16.7 mV at 6.3 °C, so at 0 mV the same conductance drives a
        // third of the current.
        var reversal = PhysicalConstants.ThermalVoltageMv(6.3) * Math.Log(2);
        Assert.Equal(reversal, Value("sodiumReversalMv", ("naout", 100)), 1e-9);
        Assert.Equal(Value("peakSodiumCurrentUaCm2") * reversal / 50, Value("peakSodiumCurrentUaCm2", ("naout", 100)), 1e-6);
    }
}
