namespace ElectroTutor.Simulation.Contraction;

/// <summary>
/// What one simulated stimulus train produced. Times are from the first action potential, in ms.
/// </summary>
/// <param name="PeakForceFraction">Largest force, as a fraction of the maximal Ca²⁺-activated force (0–1).</param>
/// <param name="TimeOfPeakForceMs">When that largest force occurred, in ms (for a single pulse: the twitch time-to-peak).</param>
/// <param name="PeakCalciumUm">Largest free cytosolic Ca²⁺ in µM.</param>
/// <param name="HalfRelaxationMs">Time in ms from the force peak until force first falls to half of it; NaN when it does not within the simulated time.</param>
/// <param name="FusionIndex">Trough over peak force in the last interval between action potentials, 0–1 (1 = smooth fused tetanus); NaN for a single pulse.</param>
/// <param name="FinalForceFraction">Force at the end of the simulation (0–1).</param>
/// <param name="FinalCalciumUm">Free Ca²⁺ at the end of the simulation in µM.</param>
/// <param name="EndTimeMs">Time of the end of the simulation in ms.</param>
public sealed record ContractionResponse(
    double PeakForceFraction,
    double TimeOfPeakForceMs,
    double PeakCalciumUm,
    double HalfRelaxationMs,
    double FusionIndex,
    double FinalForceFraction,
    double FinalCalciumUm,
    double EndTimeMs);
