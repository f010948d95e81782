using System.Globalization;
using ElectroTutor.Simulation.Scenarios;

namespace ElectroTutor.Simulation.Tests.Scenarios;

/// <summary>Evaluates one model through a catalog as batch files and templates do, with inputs written as (name, value) pairs.</summary>
internal static class ScenarioRun
{
    public static ScenarioResult Evaluate(IScenarioModel model, string? quantity, params (string Name, object Value)[] inputs) =>
        new ScenarioCatalog([model]).Evaluate(new ScenarioRequest(
            model.Name,
            inputs.ToDictionary(i => i.Name, i => i.Value is string text ? ScenarioValue.Of(text) : ScenarioValue.Of(Convert.ToDouble(i.Value, CultureInfo.InvariantCulture))),
            quantity));

    public static double Value(IScenarioModel model, string? quantity, params (string Name, object Value)[] inputs)
    {
        var result = Evaluate(model, quantity, inputs);
        Assert.True(result.Succeeded, result.Error);
        return result.Value!.Value;
    }
}
