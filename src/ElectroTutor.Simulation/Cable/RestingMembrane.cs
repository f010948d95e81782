using ElectroTutor.Simulation.HodgkinHuxley;
using MathNet.Numerics.RootFinding;

namespace ElectroTutor.Simulation.Cable;

/// <summary>
/// The resting state of a Hodgkin–Huxley membrane: the potential where the steady-state ionic current is zero, and the
/// membrane conductance there. Channel blocks move rest (TEA depolarises it), so a cable starts from this state rather
/// than from −65 mV, and does not drift before the stimulus.
/// </summary>
public static class RestingMembrane
{
    private const double ScanFromMv = -150.0;
    private const double ScanToMv = 60.0;
    private const double ScanStepMv = 0.5;

    /// <summary>
    /// The most negative potential, between −150 and +60 mV, where the steady-state ionic current changes from inward
    /// to outward (a stable rest when the gates are at steady state).
    /// </summary>
    /// <param name="parameters">Membrane parameters.</param>
    /// <returns>Resting potential in mV (−65.0 for the 1952 squid axon without drugs).</returns>
    /// <exception cref="ArgumentException">No such potential exists (for example every conductance is zero).</exception>
    public static double PotentialMv(HodgkinHuxleyParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var previous = SteadyStateCurrentUaCm2(parameters, ScanFromMv);
        for (var v = ScanFromMv + ScanStepMv; v <= ScanToMv; v += ScanStepMv)
        {
            var current = SteadyStateCurrentUaCm2(parameters, v);
            if (previous < 0 && current >= 0)
            {
                return Brent.FindRoot(u => SteadyStateCurrentUaCm2(parameters, u), v - ScanStepMv, v, 1e-10);
            }

            previous = current;
        }

        throw new ArgumentException("This membrane has no resting potential between −150 and +60 mV (is every conductance zero?).", nameof(parameters));
    }

    /// <summary>Total membrane conductance g_Na + g_K + g_L with every gate at its steady state for V.</summary>
    /// <param name="parameters">Membrane parameters.</param>
    /// <param name="membranePotentialMv">V in mV.</param>
    /// <returns>Chord conductance in mS/cm² (≈ 0.677 at −65 mV for the squid axon).</returns>
    public static double ConductanceMsPerCm2(HodgkinHuxleyParameters parameters, double membranePotentialMv)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var gates = GatingState.SteadyStateAt(membranePotentialMv);
        return (parameters.EffectiveSodiumConductanceMsPerCm2 * gates.M * gates.M * gates.M * gates.H)
            + (parameters.EffectivePotassiumConductanceMsPerCm2 * Math.Pow(gates.N, 4))
            + parameters.LeakConductanceMsPerCm2;
    }

    /// <summary>Net ionic current (outward positive) with every gate at its steady state for V.</summary>
    /// <param name="parameters">Membrane parameters.</param>
    /// <param name="membranePotentialMv">V in mV.</param>
    /// <returns>Current density in µA/cm².</returns>
    public static double SteadyStateCurrentUaCm2(HodgkinHuxleyParameters parameters, double membranePotentialMv)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var gates = GatingState.SteadyStateAt(membranePotentialMv);
        var sodium = parameters.EffectiveSodiumConductanceMsPerCm2 * gates.M * gates.M * gates.M * gates.H;
        var potassium = parameters.EffectivePotassiumConductanceMsPerCm2 * Math.Pow(gates.N, 4);
        return (sodium * (membranePotentialMv - parameters.SodiumReversalMv))
            + (potassium * (membranePotentialMv - parameters.PotassiumReversalMv))
            + (parameters.LeakConductanceMsPerCm2 * (membranePotentialMv - parameters.LeakReversalMv));
    }
}
