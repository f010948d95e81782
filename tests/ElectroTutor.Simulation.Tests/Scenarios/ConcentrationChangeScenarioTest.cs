using ElectroTutor.Simulation.Scenarios;

namespace ElectroTutor.Simulation.Tests.Scenarios;

public class ConcentrationChangeScenarioTest
{
    private static readonly ConcentrationChangeScenario Model = new();

    private static double Evaluate(string quantity, params (string Name, ScenarioValue Value)[] inputs)
    {
        var arguments = ScenarioArguments.Bind(Model, inputs.ToDictionary(i => i.Name, i => i.Value));
        return Model.Evaluate(arguments, ScenarioCatalog.Quantity(Model, quantity));
    }

    // "[K+]o rises from 4 to 10 mM" in the default mammalian neuron: -69.133 → -59.769 mV, +9.364 mV (Python;
    // see ConcentrationChangeTest).
    [Theory]
    [InlineData("afterMv", -59.769)]
    [InlineData("beforeMv", -69.133)]
    [InlineData("differenceMv", 9.364)]
    public void Outside_potassium_from_4_to_10_mM(string quantity, double expectedMv)
    {
        Assert.Equal(expectedMv, Evaluate(quantity, ("beforeMm", ScenarioValue.Of(4)), ("afterMm", ScenarioValue.Of(10))), 0.001);
    }

    [Fact]
    public void BeforeMm_overrides_the_matching_default_and_aliases_work()
    {
        var viaBefore = Evaluate("beforeMv", ("from", ScenarioValue.Of(4)), ("to", ScenarioValue.Of(10)));
        var viaDefault = Evaluate("beforeMv", ("kOutMm", ScenarioValue.Of(4)), ("afterMm", ScenarioValue.Of(10)));
        Assert.Equal(viaDefault, viaBefore, 12);
    }

    [Fact]
    public void BeforeMm_and_a_disagreeing_matching_input_are_an_error()
    {
        var error = Assert.Throws<ScenarioException>(() => Evaluate(
            "afterMv", ("beforeMm", ScenarioValue.Of(4)), ("kOutMm", ScenarioValue.Of(5)), ("afterMm", ScenarioValue.Of(10))));
        Assert.Contains("'beforeMm' and 'kOutMm'", error.Message, StringComparison.Ordinal);

        // Agreeing values, or a value for another ion, are fine.
        Assert.Equal(-59.769, Evaluate("afterMv", ("beforeMm", ScenarioValue.Of(4)), ("kOutMm", ScenarioValue.Of(4)), ("afterMm", ScenarioValue.Of(10))), 0.001);
        Assert.Equal(-59.769, Evaluate("afterMv", ("beforeMm", ScenarioValue.Of(4)), ("naOutMm", ScenarioValue.Of(145)), ("afterMm", ScenarioValue.Of(10))), 0.001);
    }

    [Fact]
    public void Without_beforeMm_the_GHK_default_is_the_starting_point()
    {
        // Default [K+]o is 5 mM: before is the plain ghk default, -67.326 mV.
        Assert.Equal(-67.326, Evaluate("beforeMv", ("afterMm", ScenarioValue.Of(10))), 0.001);
    }

    [Fact]
    public void Changing_inside_chloride_with_short_side_names()
    {
        // Cl- only: before −(RT/F) ln(110/10), after −(RT/F) ln(110/30); difference (RT/F) ln(3) = 29.362 mV.
        var difference = Evaluate(
            "differenceMv",
            ("ion", ScenarioValue.Of("cl")), ("side", ScenarioValue.Of("in")), ("afterMm", ScenarioValue.Of(30)),
            ("pK", ScenarioValue.Of(0)), ("pNa", ScenarioValue.Of(0)));
        Assert.Equal(PhysicalConstants.ThermalVoltageMv(37) * Math.Log(3), difference, 1e-9);
        Assert.Equal(29.362, difference, 0.001);
    }

    [Fact]
    public void AfterMm_is_required_and_ions_and_sides_are_checked()
    {
        var missing = Assert.Throws<ScenarioException>(() => Evaluate("afterMv"));
        Assert.Contains("needs input 'afterMm'", missing.Message, StringComparison.Ordinal);

        var ion = Assert.Throws<ScenarioException>(() => Evaluate("afterMv", ("ion", ScenarioValue.Of("Ca")), ("afterMm", ScenarioValue.Of(2))));
        Assert.Contains("must be one of: K, Na, Cl", ion.Message, StringComparison.Ordinal);

        var side = Assert.Throws<ScenarioException>(() => Evaluate("afterMv", ("side", ScenarioValue.Of("top")), ("afterMm", ScenarioValue.Of(2))));
        Assert.Contains("must be one of: outside, inside", side.Message, StringComparison.Ordinal);

        var zero = Assert.Throws<ScenarioException>(() => Evaluate("afterMv", ("afterMm", ScenarioValue.Of(0))));
        Assert.Contains("must be between", zero.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Quantities_start_with_afterMv()
    {
        Assert.Equal(["afterMv", "beforeMv", "differenceMv"], Model.Quantities.Select(q => q.Name));
    }
}
