using ElectroTutor.Simulation.Scenarios;

namespace ElectroTutor.Simulation.Tests.Scenarios;

public class GhkScenarioTest
{
    private static readonly ScenarioCatalog Catalog = new([new GhkScenario()]);

    private static ScenarioResult Ghk(string? quantity, params (string Name, ScenarioValue Value)[] inputs) =>
        Catalog.Evaluate(new ScenarioRequest("ghk", inputs.ToDictionary(i => i.Name, i => i.Value), quantity));

    [Fact]
    public void Defaults_give_the_mammalian_neuron_resting_potential()
    {
        // Purves et al. neuron concentrations, Hodgkin-Katz ratios, 37 °C: -67.326 mV (Python; see GoldmanHodgkinKatzTest).
        var result = Ghk(null);
        Assert.True(result.Succeeded, result.Error);
        Assert.Equal("restingPotentialMv", result.Quantity);
        Assert.Equal("mV", result.Unit);
        Assert.Equal(-67.326, result.Value!.Value, 0.001);
    }

    [Fact]
    public void Squid_inputs_by_alias_give_minus_60_mV_at_20_C()
    {
        // Kandel et al., Table 6-1 squid concentrations with Hodgkin & Katz ratios: -59.927 mV at 20 °C (Python).
        var result = Ghk(
            null,
            ("ko", ScenarioValue.Of(20)), ("ki", ScenarioValue.Of(400)), ("nao", ScenarioValue.Of(440)),
            ("nai", ScenarioValue.Of(50)), ("clo", ScenarioValue.Of(560)), ("cli", ScenarioValue.Of(52)),
            ("temp", ScenarioValue.Of("20")));
        Assert.Equal(-59.927, result.Value!.Value, 0.001);
    }

    [Theory]
    [InlineData("potassiumEquilibriumMv", -89.059)]
    [InlineData("sodiumEquilibriumMv", 66.598)]
    [InlineData("chlorideEquilibriumMv", -64.088)]
    public void Reports_each_ions_Nernst_potential(string quantity, double expectedMv)
    {
        // 26.7267 mV × ln(5/140), ln(145/12), −ln(110/10) at 37 °C (Python).
        Assert.Equal(expectedMv, Ghk(quantity).Value!.Value, 0.001);
    }

    [Fact]
    public void Potassium_only_membrane_sits_at_the_potassium_Nernst_potential()
    {
        var result = Ghk(null, ("pNa", ScenarioValue.Of(0)), ("pCl", ScenarioValue.Of(0)));
        Assert.Equal(Ghk("potassiumEquilibriumMv").Value!.Value, result.Value!.Value, 1e-9);
    }

    [Theory]
    [InlineData("kOutMm", 0, "must be between")]
    [InlineData("pNa", -0.04, "must be between")]
    [InlineData("temperatureC", 150, "must be between")]
    public void Out_of_range_inputs_are_named(string name, double value, string expected)
    {
        var result = Ghk(null, (name, ScenarioValue.Of(value)));
        Assert.False(result.Succeeded);
        Assert.Contains($"'{name}'", result.Error, StringComparison.Ordinal);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void All_permeabilities_zero_is_an_error_for_people()
    {
        var result = Ghk(null, ("pK", ScenarioValue.Of(0)), ("pNa", ScenarioValue.Of(0)), ("pCl", ScenarioValue.Of(0)));
        Assert.False(result.Succeeded);
        Assert.Contains("all 0", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_input_has_a_default_and_a_unit_in_its_name()
    {
        var model = new GhkScenario();
        Assert.All(model.Inputs, p => Assert.False(p.IsRequired, p.Name));
        Assert.Equal("restingPotentialMv", model.Quantities[0].Name);
        Assert.Equal(
            ["kOutMm", "kInMm", "naOutMm", "naInMm", "clOutMm", "clInMm", "pK", "pNa", "pCl", "temperatureC"],
            model.Inputs.Select(p => p.Name));
    }
}
