namespace ElectroTutor.Tutoring.Items;

/// <summary>A parameter's value in one item.</summary>
/// <param name="Name">Parameter name.</param>
/// <param name="Value">Its value.</param>
/// <param name="Unit">Its unit; empty when dimensionless.</param>
public sealed record ItemParameter(string Name, double Value, string Unit);
