using ElectroTutor.Simulation.Scenarios;

namespace ElectroTutor.Simulation.Tests.Scenarios;

public class PumpScenarioTest
{
    private static readonly ScenarioCatalog Catalog = new([new PumpScenario()]);

    private static ScenarioResult Pump(string? quantity, params (string Name, ScenarioValue Value)[] inputs) =>
        Catalog.Evaluate(new ScenarioRequest("pump", inputs.ToDictionary(i => i.Name, i => i.Value), quantity));

    // Defaults: 1000 sites/µm² at 30 /s; mammalian neuron K/Na (Purves et al.), pK : pNa = 1 : 0.04, r = 1.5,
    // Vm = -70 mV, ΔG_ATP = -52 kJ/mol, 350 nC/cm² Na+ over 1 cm², 37 °C. Expected values from Python
    // (see the Pump tests for each derivation).
    [Theory]
    [InlineData(null, 0.480653, "µA/cm²")]
    [InlineData("sodiumEffluxPmolPerCm2PerS", 14.944852, "pmol/(cm²·s)")]
    [InlineData("potassiumInfluxPmolPerCm2PerS", 9.963234, "pmol/(cm²·s)")]
    [InlineData("atpConsumptionPmolPerCm2PerS", 4.981617, "pmol/(cm²·s)")]
    [InlineData("steadyStatePotentialMv", -73.809053, "mV")]
    [InlineData("cycleFreeEnergyKjPerMol", 43.216941, "kJ/mol")]
    [InlineData("freeEnergyMarginKjPerMol", 8.783059, "kJ/mol")]
    [InlineData("sodiumPerActionPotentialPmol", 3.627494, "pmol")]
    [InlineData("atpPerActionPotentialPmol", 1.209165, "pmol")]
    public void Defaults_give_published_order_values(string? quantity, double expected, string unit)
    {
        var result = Pump(quantity);
        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(unit, result.Unit);
        Assert.Equal(expected, result.Value!.Value, 1e-6);
    }

    [Fact]
    public void Counts_ATP_molecules_per_action_potential()
    {
        // 350 nC / F / 3 × N_A = 7.28176e11 molecules per cm² (Python).
        Assert.Equal(7.28176e11, Pump("atpMoleculesPerActionPotential").Value!.Value, 1e6);
    }

    [Fact]
    public void Coupling_ratio_1_by_alias_gives_GHK_without_chloride()
    {
        // r = 1: 26.7267 mV × ln(10.8 / 140.48) = -68.568 mV (Python).
        Assert.Equal(-68.568, Pump("steadyStatePotentialMv", ("r", ScenarioValue.Of(1))).Value!.Value, 0.001);
    }

    [Fact]
    public void Weak_ATP_supply_leaves_a_negative_margin()
    {
        var result = Pump("freeEnergyMarginKjPerMol", ("dgatp", ScenarioValue.Of(-40)));
        Assert.Equal(40 - 43.216941, result.Value!.Value, 1e-6);
    }

    [Theory]
    [InlineData("atpFreeEnergyKjPerMol", 5)]
    [InlineData("turnoverPerS", -1)]
    [InlineData("membraneAreaCm2", -1)]
    [InlineData("couplingRatio", 0)]
    public void Out_of_range_inputs_are_named(string name, double value)
    {
        var result = Pump(null, (name, ScenarioValue.Of(value)));
        Assert.False(result.Succeeded);
        Assert.Contains($"'{name}'", result.Error, StringComparison.Ordinal);
        Assert.Contains("must be between", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void No_leak_means_no_steady_state()
    {
        var result = Pump("steadyStatePotentialMv", ("pK", ScenarioValue.Of(0)), ("pNa", ScenarioValue.Of(0)));
        Assert.False(result.Succeeded);
        Assert.Contains("both 0", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Pump_current_is_the_default_quantity_and_every_input_has_a_default()
    {
        var model = new PumpScenario();
        Assert.Equal("pumpCurrentUaPerCm2", model.Quantities[0].Name);
        Assert.All(model.Inputs, p => Assert.False(p.IsRequired, p.Name));
    }
}
