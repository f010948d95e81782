namespace ElectroTutor.Simulation.Contraction;

/// <summary>The fibre's state at one instant of a sampled contraction.</summary>
/// <param name="TimeMs">Time from the first action potential, in ms.</param>
/// <param name="ForceFraction">Force as a fraction of the maximal Ca²⁺-activated force, 0–1.</param>
/// <param name="CalciumUm">Free cytosolic Ca²⁺ in µM.</param>
public readonly record struct ContractionSample(double TimeMs, double ForceFraction, double CalciumUm);
