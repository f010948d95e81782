using ElectroTutor.Simulation.Contraction;
using ElectroTutor.Simulation.Scenarios;

namespace ElectroTutor.Simulation.Tests.Scenarios;

public class ContractionScenarioTest
{
    private static readonly ContractionScenario Model = new();

    private static ScenarioResult Evaluate(string? quantity, params (string Name, object Value)[] inputs) =>
        ScenarioRun.Evaluate(Model, quantity, inputs);

    private static double Value(string? quantity, params (string Name, object Value)[] inputs) =>
        ScenarioRun.Value(Model, quantity, inputs);

    [Fact]
    public void Default_is_the_peak_force_of_a_single_twitch()
    {
        var result = Evaluate(null);
        Assert.True(result.Succeeded, result.Error);
        Assert.Equal("peakForceFraction", result.Quantity);
        Assert.Equal("1", result.Unit);
        Assert.Equal(new ExcitationContractionModel().Twitch().PeakForceFraction, result.Value!.Value, 12);
    }

    [Fact]
    public void Binds_directly_and_evaluates_a_quantity()
    {
        var arguments = ScenarioArguments.Bind(Model, new Dictionary<string, ScenarioValue>(StringComparer.Ordinal) { ["calciumUm"] = ScenarioValue.Of(1.0) });
        var quantity = ScenarioCatalog.Quantity(Model, "steadyForceFraction");
        Assert.Equal(0.5, Model.Evaluate(arguments, quantity), 14);
    }

    // Hill relation: F = 1 / (1 + (Ca50/Ca)^n); pCa50 5.8, n 2 at pCa 6: 1 / (1 + 10^0.4) = 0.284747; Ca50 = 10^0.2 µM.
    [Fact]
    public void Steady_Hill_quantities_follow_the_relation()
    {
        Assert.Equal(0.5, Value("steadyForceFraction", ("ca", 1.0)), 14);
        Assert.Equal(1 / 1.01, Value("steadyForceFraction", ("pCa", 5.5)), 12);
        Assert.Equal(0.284747, Value("steadyForceFraction", ("pCa", 6.0), ("pCa50", 5.8), ("nH", 2)), 6);
        Assert.Equal(1.0, Value("calciumForForceUm", ("forceFraction", 0.5)), 12);
        Assert.Equal(6.0, Value("pCaForForce", ("force", 0.5)), 12);
        Assert.Equal(1.584893, Value("halfActivationCalciumUm", ("pCa50", 5.8)), 6);
        Assert.Equal(3.0, Value("calciumForForceUm", ("forceFraction", 0.9)) / Value("calciumForForceUm", ("forceFraction", 0.1)), 9);
    }

    [Fact]
    public void Train_quantities_show_summation_and_fusion()
    {
        Assert.True(Value("summationRatio", ("freq", 50), ("pulses", 2)) > 1.2);
        Assert.InRange(Value("fusionIndex", ("frequencyHz", 100), ("duration", 300)), 0.98, 1.0);
        Assert.InRange(Value("fusionIndex", ("frequencyHz", 10), ("duration", 300)), 0.0, 0.2);
        Assert.InRange(Value("twitchTetanusRatio"), 0.2, 0.5);
        Assert.InRange(Value("timeToPeakMs"), 10.0, 40.0);
        Assert.InRange(Value("halfRelaxationMs"), 10.0, 60.0);
        Assert.InRange(Value("peakCalciumUm"), 15.0, 20.0);
        Assert.True(Value(null, ("f", 100), ("pulseCount", 30)) > 2 * Value(null));
    }

    [Fact]
    public void Blocking_SERCA_or_release_changes_the_outcome()
    {
        Assert.True(Value("residualCalciumUm", ("serca", 0), ("freq", 100), ("duration", 500)) > 2);
        Assert.True(Value("residualForceFraction", ("serca", 0), ("freq", 100), ("duration", 500)) > 0.8);
        Assert.True(Value("residualForceFraction", ("freq", 100), ("duration", 500)) < 0.01);
        Assert.InRange(Value(null, ("release", 0), ("freq", 100), ("pulses", 20)), 0.0, 1e-5);
    }

    [Theory]
    [InlineData("fusionIndex", "at least 2 pulses")]
    [InlineData("steadyForceFraction", "needs calciumUm or pCa")]
    [InlineData("calciumForForceUm", "needs input 'forceFraction'")]
    public void Quantities_name_the_inputs_they_need(string quantity, string expected)
    {
        var result = Evaluate(quantity);
        Assert.False(result.Succeeded);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Contradictory_or_impossible_inputs_are_errors()
    {
        Assert.Contains("not both", Evaluate("steadyForceFraction", ("calciumUm", 1), ("pCa", 6)).Error, StringComparison.Ordinal);
        Assert.Contains("not both", Evaluate(null, ("pulseCount", 3), ("durationMs", 100)).Error, StringComparison.Ordinal);
        Assert.Contains("whole number", Evaluate(null, ("pulseCount", 2.5)).Error, StringComparison.Ordinal);
        Assert.Contains("strictly between 0 and 1", Evaluate("pCaForForce", ("forceFraction", 1)).Error, StringComparison.Ordinal);
        Assert.Contains("less than one SR release", Evaluate(null, ("frequencyHz", 200), ("pulses", 3), ("releaseHalfWidthMs", 5)).Error, StringComparison.Ordinal);
        Assert.Contains("must be between", Evaluate(null, ("frequencyHz", 1000)).Error, StringComparison.Ordinal);
        Assert.Contains("has no input 'frequency'", Evaluate(null, ("frequency", 50)).Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_input_and_quantity_carries_its_unit_and_every_quantity_evaluates()
    {
        Assert.All(Model.Inputs, p => Assert.False(string.IsNullOrEmpty(p.Unit)));
        Assert.Equal(Model.Quantities.Count, Model.Quantities.Select(q => q.Name).Distinct(StringComparer.Ordinal).Count());
        foreach (var quantity in Model.Quantities)
        {
            var result = Evaluate(quantity.Name, ("freq", 50), ("pulses", 5), ("forceFraction", 0.3), ("calciumUm", 2));
            Assert.True(result.Succeeded && double.IsFinite(result.Value!.Value), $"{quantity.Name}: {result.Error}");
            Assert.Equal(quantity.Unit, result.Unit);
        }
    }
}
