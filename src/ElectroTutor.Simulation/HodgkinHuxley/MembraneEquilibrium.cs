namespace ElectroTutor.Simulation.HodgkinHuxley;

/// <summary>
/// A fixed point of the current-clamped Hodgkin–Huxley equations: V where the steady-state ionic current equals the
/// applied current, with the gates at their steady state there.
/// </summary>
/// <param name="PotentialMv">V in mV.</param>
/// <param name="Gates">m∞, h∞, n∞ at V.</param>
/// <param name="IsStable">
/// True when every eigenvalue of the linearised four-variable system has a negative real part, so small disturbances
/// die away; false when the patch moves away on its own (it then fires or settles elsewhere).
/// </param>
/// <param name="LeadingEigenvalueRealPerMs">Largest real part of the eigenvalues in 1/ms (negative when stable).</param>
public sealed record MembraneEquilibrium(double PotentialMv, GatingState Gates, bool IsStable, double LeadingEigenvalueRealPerMs);
