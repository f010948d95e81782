namespace ElectroTutor.Simulation.HodgkinHuxley;

/// <summary>
/// Ionic currents of a membrane held long enough at V for every gate to reach steady state:
/// I(V) = ḡ_Na·m∞³h∞·(V − E_Na) + ḡ_K·n∞⁴·(V − E_K) + g_L·(V − E_L), in µA/cm², outward positive.
/// A current-clamped patch is at equilibrium where I(V) equals the applied current.
/// </summary>
public static class SteadyStateCurrent
{
    /// <summary>Total steady-state ionic current at V.</summary>
    /// <param name="parameters">Membrane parameters.</param>
    /// <param name="membranePotentialMv">V in mV.</param>
    /// <returns>I in µA/cm², outward positive.</returns>
    public static double IonicUaCm2(HodgkinHuxleyParameters parameters, double membranePotentialMv)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return SodiumUaCm2(parameters, membranePotentialMv) + PotassiumUaCm2(parameters, membranePotentialMv)
            + (parameters.LeakConductanceMsPerCm2 * (membranePotentialMv - parameters.LeakReversalMv));
    }

    /// <summary>Steady-state Na⁺ current at V (the window current; negative, inward, below E_Na).</summary>
    /// <param name="parameters">Membrane parameters.</param>
    /// <param name="membranePotentialMv">V in mV.</param>
    /// <returns>I_Na in µA/cm².</returns>
    public static double SodiumUaCm2(HodgkinHuxleyParameters parameters, double membranePotentialMv)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var gates = GatingState.SteadyStateAt(membranePotentialMv);
        return parameters.EffectiveSodiumConductanceMsPerCm2 * gates.M * gates.M * gates.M * gates.H
            * (membranePotentialMv - parameters.SodiumReversalMv);
    }

    /// <summary>Steady-state K⁺ current at V.</summary>
    /// <param name="parameters">Membrane parameters.</param>
    /// <param name="membranePotentialMv">V in mV.</param>
    /// <returns>I_K in µA/cm².</returns>
    public static double PotassiumUaCm2(HodgkinHuxleyParameters parameters, double membranePotentialMv)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var n = GatingState.SteadyStateAt(membranePotentialMv).N;
        return parameters.EffectivePotassiumConductanceMsPerCm2 * n * n * n * n * (membranePotentialMv - parameters.PotassiumReversalMv);
    }

    /// <summary>Total chord conductance g_Na + g_K + g_L with every gate at its steady state for V.</summary>
    /// <param name="parameters">Membrane parameters.</param>
    /// <param name="membranePotentialMv">V in mV.</param>
    /// <returns>Conductance in mS/cm² (≈ 0.677 at −65 mV for the squid axon).</returns>
    public static double ConductanceMsPerCm2(HodgkinHuxleyParameters parameters, double membranePotentialMv)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var gates = GatingState.SteadyStateAt(membranePotentialMv);
        var n2 = gates.N * gates.N;
        return (parameters.EffectiveSodiumConductanceMsPerCm2 * gates.M * gates.M * gates.M * gates.H)
            + (parameters.EffectivePotassiumConductanceMsPerCm2 * n2 * n2)
            + parameters.LeakConductanceMsPerCm2;
    }
}
