using ElectroTutor.Simulation.Scenarios;

namespace ElectroTutor.Simulation.Tests.Scenarios;

public class ScenarioCatalogTest
{
    private static ScenarioRequest Nernst(params (string Name, ScenarioValue Value)[] inputs) =>
        new("nernst", inputs.ToDictionary(i => i.Name, i => i.Value), null);

    [Fact]
    public void Evaluates_a_scenario_with_its_unit()
    {
        var result = ScenarioCatalog.Default.Evaluate(Nernst(
            ("ion", ScenarioValue.Of("K")), ("outsideMm", ScenarioValue.Of(5)), ("insideMm", ScenarioValue.Of(140))));
        Assert.True(result.Succeeded, result.Error);
        Assert.Equal("mV", result.Unit);
        Assert.Equal(-89.06, result.Value!.Value, 0.01);
    }

    [Fact]
    public void Aliases_name_the_same_inputs()
    {
        var result = ScenarioCatalog.Default.Evaluate(Nernst(
            ("out", ScenarioValue.Of(5)), ("in", ScenarioValue.Of(140)), ("temp", ScenarioValue.Of("37"))));
        Assert.Equal(-89.06, result.Value!.Value, 0.01);
    }

    [Theory]
    [InlineData("outsideMM", "has no input 'outsideMM'")]
    [InlineData("temperatureC", "needs input 'insideMm'")]
    public void Unknown_or_missing_inputs_are_errors_that_name_them(string name, string expected)
    {
        var result = ScenarioCatalog.Default.Evaluate(Nernst(("outsideMm", ScenarioValue.Of(5)), (name, ScenarioValue.Of(5))));
        Assert.False(result.Succeeded);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Out_of_range_wrong_kind_and_unknown_model_are_errors()
    {
        var negative = ScenarioCatalog.Default.Evaluate(Nernst(("outsideMm", ScenarioValue.Of(-5)), ("insideMm", ScenarioValue.Of(140))));
        Assert.Contains("must be between", negative.Error, StringComparison.Ordinal);

        var text = ScenarioCatalog.Default.Evaluate(Nernst(("outsideMm", ScenarioValue.Of("lots")), ("insideMm", ScenarioValue.Of(140))));
        Assert.Contains("must be a number", text.Error, StringComparison.Ordinal);

        var ion = ScenarioCatalog.Default.Evaluate(Nernst(("ion", ScenarioValue.Of("Xe")), ("outsideMm", ScenarioValue.Of(5)), ("insideMm", ScenarioValue.Of(140))));
        Assert.Contains("must be one of", ion.Error, StringComparison.Ordinal);

        var model = ScenarioCatalog.Default.Evaluate(new ScenarioRequest("nerst", new Dictionary<string, ScenarioValue>(), null));
        Assert.Contains("no model 'nerst'", model.Error, StringComparison.Ordinal);

        var quantity = ScenarioCatalog.Default.Evaluate(new ScenarioRequest("nernst", new Dictionary<string, ScenarioValue>(), "voltage"));
        Assert.Contains("no quantity 'voltage'", quantity.Error, StringComparison.Ordinal);
    }
}
