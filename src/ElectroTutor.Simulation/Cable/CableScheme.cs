namespace ElectroTutor.Simulation.Cable;

/// <summary>
/// The implicit rule that advances the membrane potential of a <see cref="HodgkinHuxleyCable"/>. Both solve one
/// tridiagonal system per step with the ionic current linear in V given the staggered gates, so both are
/// unconditionally stable; they differ in order and in how they damp the stiffest modes.
/// </summary>
public enum CableScheme
{
    /// <summary>
    /// Crank–Nicolson (θ = ½): second order in Δt. Not L-stable: when D·Δt/Δx² ≫ 1 the shortest spatial modes decay
    /// with an alternating sign, so a sharp stimulus edge can leave a brief checkerboard ripple next to the electrode.
    /// </summary>
    CrankNicolson,

    /// <summary>Backward Euler (θ = 1): first order in Δt but L-stable, so no ringing at any Δt/Δx².</summary>
    BackwardEuler,
}
