namespace ElectroTutor.Simulation.Scenarios;

/// <summary>One scenario to evaluate: a model, its inputs and the quantity wanted (null for the model's default).</summary>
/// <param name="Model">Model name, e.g. <c>ghk</c>.</param>
/// <param name="Inputs">Input name → value.</param>
/// <param name="Quantity">Quantity name, or null for the model's first quantity.</param>
public sealed record ScenarioRequest(string Model, IReadOnlyDictionary<string, ScenarioValue> Inputs, string? Quantity);
