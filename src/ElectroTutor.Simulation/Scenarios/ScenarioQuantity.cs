namespace ElectroTutor.Simulation.Scenarios;

/// <summary>A quantity a scenario model can report, with its unit.</summary>
/// <param name="Name">camelCase name with the unit in it, e.g. <c>equilibriumPotentialMv</c>.</param>
/// <param name="Unit">Unit symbol, e.g. "mV"; "1" for dimensionless.</param>
/// <param name="Description">One sentence for people.</param>
public sealed record ScenarioQuantity(string Name, string Unit, string Description);
