namespace ElectroTutor.Simulation.Scenarios;

/// <summary>
/// A simulator model reachable by name with named inputs, as used by <c>electrotutor sim</c>, batch files and
/// question templates.
/// </summary>
public interface IScenarioModel
{
    /// <summary>The model's name, e.g. <c>nernst</c>.</summary>
    string Name { get; }

    /// <summary>One sentence for people.</summary>
    string Description { get; }

    /// <summary>The inputs the model accepts; any other name is an error.</summary>
    IReadOnlyList<ScenarioParameter> Inputs { get; }

    /// <summary>The quantities the model reports; the first is the default.</summary>
    IReadOnlyList<ScenarioQuantity> Quantities { get; }

    /// <summary>Computes one quantity.</summary>
    /// <param name="arguments">Inputs already checked against <see cref="Inputs"/>.</param>
    /// <param name="quantity">One of <see cref="Quantities"/>.</param>
    /// <returns>The value in the quantity's unit.</returns>
    /// <exception cref="ArgumentException">The inputs are physically inconsistent.</exception>
    double Evaluate(ScenarioArguments arguments, ScenarioQuantity quantity);
}
