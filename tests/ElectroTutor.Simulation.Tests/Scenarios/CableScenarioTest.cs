using ElectroTutor.Simulation.Scenarios;

namespace ElectroTutor.Simulation.Tests.Scenarios;

public class CableScenarioTest
{
    private static readonly ScenarioCatalog Catalog = new([new CableScenario()]);

    private static ScenarioResult Evaluate(string? quantity, params (string Name, ScenarioValue Value)[] inputs) =>
        Catalog.Evaluate(new ScenarioRequest("cable", inputs.ToDictionary(i => i.Name, i => i.Value), quantity));

    [Fact]
    public void Defaults_give_Hodgkin_and_Huxleys_axon_at_18_5_C()
    {
        var result = Evaluate(null);
        Assert.True(result.Succeeded, result.Error);
        Assert.Equal("conductionVelocityMPerS", result.Quantity);
        Assert.Equal("m/s", result.Unit);
        Assert.Equal(18.8, result.Value!.Value, 18.8 * 0.03);
    }

    [Fact]
    public void Every_quantity_has_a_value_at_the_defaults()
    {
        Assert.Equal(1.0, Evaluate("propagates").Value);
        Assert.InRange(Evaluate("peakPotentialMv").Value!.Value, 20, 35);
        Assert.Equal(0.704, Evaluate("lengthConstantCm").Value!.Value, 0.001);

        // 3.75 cm at 18.7 m/s is 2.005 ms; the strong shock fires the first 1 mm at once, so latency is small (2.015 ms).
        Assert.Equal(3.75 / 1.87, Evaluate("arrivalTimeMs").Value!.Value, 0.05);
    }

    [Fact]
    public void Aliases_name_the_same_inputs_and_a_thinner_axon_conducts_more_slowly()
    {
        var thin = Evaluate(null, ("d", ScenarioValue.Of(119)), ("temp", ScenarioValue.Of("18.5")), ("dt", ScenarioValue.Of(0.01)));
        Assert.True(thin.Succeeded, thin.Error);
        Assert.Equal(18.7 / 2, thin.Value!.Value, 0.2);
    }

    [Fact]
    public void Tetrodotoxin_stops_propagation_and_the_velocity_is_an_honest_error()
    {
        Assert.Equal(0.0, Evaluate("propagates", ("ttx", ScenarioValue.Of(1))).Value);
        var velocity = Evaluate(null, ("ttxFraction", ScenarioValue.Of(1)));
        Assert.False(velocity.Succeeded);
        Assert.Contains("propagat", velocity.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_local_anaesthetic_over_the_middle_fifth_blocks_conduction()
    {
        Assert.Equal(0.0, Evaluate("propagates", ("block", ScenarioValue.Of(1))).Value);
        Assert.Equal(1.0, Evaluate("propagates", ("block", ScenarioValue.Of(1)), ("blockStartCm", ScenarioValue.Of(2.0)), ("blockEndCm", ScenarioValue.Of(2.2))).Value);
        var velocity = Evaluate(null, ("blockFraction", ScenarioValue.Of(1)));
        Assert.Contains("not 3.75 cm", velocity.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("blockEndCm", 1.0, "blockStartCm < blockEndCm")]
    [InlineData("compartmentCount", 12.0, "at least")]
    [InlineData("compartmentCount", 100.5, "whole number")]
    [InlineData("firstSiteCm", 4.0, "firstSiteCm < secondSiteCm")]
    [InlineData("stimulatedLengthCm", 2.0, "before the first recording site")]
    [InlineData("diameterUm", -1.0, "must be between")]
    [InlineData("timeStepMs", 0.0001, "compartmentCount × durationMs / timeStepMs")]
    public void Inconsistent_inputs_are_errors_that_name_them(string name, double value, string expected)
    {
        var result = Evaluate(null, (name, ScenarioValue.Of(value)), ("blockFraction", ScenarioValue.Of(0.5)));
        Assert.False(result.Succeeded);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
    }
}
