using ElectroTutor.Simulation.Scenarios;

namespace ElectroTutor.Simulation.Tests.Scenarios;

public sealed class MemoizedScenarioModelTests
{
    [Fact]
    public void The_same_inputs_are_simulated_once_and_give_the_same_value()
    {
        var inner = new CountingModel();
        var model = new MemoizedScenarioModel(inner);

        var first = Evaluate(model, ("voltageMv", 10), ("shape", "ramp"));
        var again = Evaluate(model, ("voltageMv", 10), ("shape", "ramp"));

        Assert.Equal(first, again);
        Assert.Equal(1, inner.Calls);
    }

    [Fact]
    public void Different_inputs_a_default_instead_of_a_given_value_or_another_quantity_are_simulated_afresh()
    {
        var inner = new CountingModel();
        var model = new MemoizedScenarioModel(inner);

        Assert.Equal(10 + 4, Evaluate(model, ("voltageMv", 10)));
        Assert.Equal(11 + 4, Evaluate(model, ("voltageMv", 11)));
        Assert.Equal(10 + 5, Evaluate(model, ("voltageMv", 10), ("shape", "ramps")));
        Assert.Equal(-1 + 4, Evaluate(model));
        Assert.Equal(10 + 4, Evaluate(model, ("voltageMv", 10)));
        Assert.Equal(-(10 + 4), model.Evaluate(Bind(model, ("voltageMv", 10)), inner.Quantities[1]));
        Assert.Equal(5, inner.Calls);
    }

    [Fact]
    public void Its_memory_never_holds_more_than_its_capacity()
    {
        var model = new MemoizedScenarioModel(new CountingModel(), capacity: 8);

        for (var volts = 0; volts < 100; volts++)
        {
            Evaluate(model, ("voltageMv", volts));
        }

        Assert.InRange(model.Count, 1, 8);
    }

    [Fact]
    public void The_memoized_catalog_has_every_model_and_gives_the_simulators_values()
    {
        var memoized = MemoizedScenarioModel.Memoize(ScenarioCatalog.Default);
        var request = new ScenarioRequest(
            "nernst", new Dictionary<string, ScenarioValue> { ["ion"] = ScenarioValue.Of("K"), ["insideMm"] = ScenarioValue.Of(140), ["outsideMm"] = ScenarioValue.Of(5) }, null);

        Assert.Equal(ScenarioCatalog.Default.Models.Select(m => m.Name), memoized.Models.Select(m => m.Name));
        var expected = ScenarioCatalog.Default.Evaluate(request);
        Assert.True(expected.Succeeded);
        Assert.Equal(expected, memoized.Evaluate(request));
        Assert.Equal(expected, memoized.Evaluate(request));
    }

    private static double Evaluate(MemoizedScenarioModel model, params (string Name, object Value)[] inputs) =>
        model.Evaluate(Bind(model, inputs), model.Quantities[0]);

    private static ScenarioArguments Bind(IScenarioModel model, params (string Name, object Value)[] inputs) =>
        ScenarioArguments.Bind(model, inputs.ToDictionary(i => i.Name, i => i.Value is string text ? ScenarioValue.Of(text) : ScenarioValue.Of(Convert.ToDouble(i.Value, System.Globalization.CultureInfo.InvariantCulture)), StringComparer.Ordinal));

    /// <summary>A model whose value shows its inputs, counting how often it is run.</summary>
    private sealed class CountingModel : IScenarioModel
    {
        public int Calls { get; private set; }

        public string Name => "counting";

        public string Description => "Counts its runs.";

        public IReadOnlyList<ScenarioParameter> Inputs { get; } =
        [
            ScenarioParameter.OptionalNumber("voltageMv", "mV", "A voltage."),
            ScenarioParameter.Text("shape", "A shape.", "step", ["step", "ramp", "ramps"]),
        ];

        public IReadOnlyList<ScenarioQuantity> Quantities { get; } = [new("valueMv", "mV", "The value."), new("negatedMv", "mV", "The value negated.")];

        public double Evaluate(ScenarioArguments arguments, ScenarioQuantity quantity)
        {
            Calls++;
            var value = (arguments.OptionalNumber("voltageMv") ?? -1) + arguments.Text("shape").Length;
            return quantity.Name == "negatedMv" ? -value : value;
        }
    }
}
