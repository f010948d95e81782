namespace ElectroTutor.Simulation.HodgkinHuxley;

/// <summary>The three Hodgkin–Huxley gates of one membrane patch, each between 0 and 1.</summary>
/// <param name="M">Na⁺ activation.</param>
/// <param name="H">Na⁺ inactivation (1 = not inactivated).</param>
/// <param name="N">K⁺ activation.</param>
public readonly record struct GatingState(double M, double H, double N)
{
    /// <summary>Every gate at its steady state for a membrane held at V (the state of a patch resting at V).</summary>
    /// <param name="membranePotentialMv">V in mV.</param>
    /// <returns>The steady-state gates.</returns>
    public static GatingState SteadyStateAt(double membranePotentialMv) => new(
        GateKinetics.SodiumActivation(membranePotentialMv, 1.0).SteadyState,
        GateKinetics.SodiumInactivation(membranePotentialMv, 1.0).SteadyState,
        GateKinetics.PotassiumActivation(membranePotentialMv, 1.0).SteadyState);
}
