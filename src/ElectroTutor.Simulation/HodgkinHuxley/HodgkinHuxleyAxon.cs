namespace ElectroTutor.Simulation.HodgkinHuxley;

/// <summary>
/// A space-clamped patch of Hodgkin–Huxley membrane under current clamp.
/// </summary>
/// <remarks>
/// The scheme is second order and unconditionally stable: gates live on half steps and advance exactly at fixed V
/// (exponential Euler from a <see cref="GatingTable"/>), and V advances by Crank–Nicolson with the ionic current
/// linear in V once the gates are known. It needs no iteration and allocates nothing inside the step loop.
/// </remarks>
public sealed class HodgkinHuxleyAxon
{
    /// <summary>Default time step in ms.</summary>
    public const double DefaultTimeStepMs = 0.025;

    /// <summary>Creates the patch.</summary>
    /// <param name="parameters">Membrane parameters; validated here.</param>
    public HodgkinHuxleyAxon(HodgkinHuxleyParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        parameters.Validate();
        Parameters = parameters;
        Rest = RestingState.Find(parameters);
    }

    /// <summary>The membrane parameters.</summary>
    public HodgkinHuxleyParameters Parameters { get; }

    /// <summary>The patch's equilibria with no applied current, and its resting potential when it has one.</summary>
    public RestingState Rest { get; }

    /// <summary>
    /// Runs a current-clamp experiment from rest (<see cref="RestingState.StartingPoint"/>: the resting potential with
    /// its steady-state gates; a patch with no stable rest starts at its equilibrium and fires on its own).
    /// </summary>
    /// <param name="protocol">Applied current.</param>
    /// <param name="durationMs">Simulated time in ms, greater than 0 and at most 10 minutes.</param>
    /// <param name="timeStepMs">Δt in ms, greater than 0 and at most 0.5 (default 0.025).</param>
    /// <returns>The trace.</returns>
    public MembraneTrace Run(CurrentClampProtocol protocol, double durationMs, double timeStepMs = DefaultTimeStepMs) =>
        Run(protocol, durationMs, timeStepMs, Rest.StartingPoint.PotentialMv, Rest.StartingPoint.Gates);

    /// <summary>
    /// Runs a current-clamp experiment from a given initial state.
    /// </summary>
    /// <param name="protocol">Applied current.</param>
    /// <param name="durationMs">Simulated time in ms, greater than 0 and at most 10 minutes.</param>
    /// <param name="timeStepMs">Δt in ms, greater than 0 and at most 0.5.</param>
    /// <param name="initialPotentialMv">V at t = 0 in mV.</param>
    /// <param name="initialGates">Gates at t = 0 (use <see cref="GatingState.SteadyStateAt"/> for a patch resting at V).</param>
    /// <returns>The trace.</returns>
    public MembraneTrace Run(CurrentClampProtocol protocol, double durationMs, double timeStepMs, double initialPotentialMv, GatingState initialGates)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        if (!(timeStepMs is > 0 and <= 0.5))
        {
            throw new ArgumentOutOfRangeException(nameof(timeStepMs), timeStepMs, "The time step must be above 0 and at most 0.5 ms.");
        }

        if (!(durationMs is > 0 and <= 600_000) || durationMs / timeStepMs > 50_000_000)
        {
            throw new ArgumentOutOfRangeException(nameof(durationMs), durationMs, "The duration must be above 0 ms, at most 10 minutes, and at most 50 million steps.");
        }

        var steps = (int)Math.Ceiling((durationMs / timeStepMs) - 1e-9);
        var potential = new double[steps + 1];
        var sodium = new double[steps];
        var potassium = new double[steps];
        var applied = new double[steps];
        protocol.FillStepAverages(timeStepMs, applied);
        Integrate(timeStepMs, initialPotentialMv, initialGates, applied, potential, sodium, potassium);
        return new MembraneTrace(timeStepMs, potential, sodium, potassium, applied);
    }

    private void Integrate(double timeStepMs, double v, GatingState gates, double[] applied, double[] potential, double[] sodium, double[] potassium)
    {
        var p = Parameters;
        var table = GatingTable.For(p.TemperatureCelsius, timeStepMs);
        double gNa = p.EffectiveSodiumConductanceMsPerCm2, gK = p.EffectivePotassiumConductanceMsPerCm2, gL = p.LeakConductanceMsPerCm2;
        double eNa = p.SodiumReversalMv, eK = p.PotassiumReversalMv, eL = p.LeakReversalMv;
        var capacitanceOverHalfStep = 2.0 * p.CapacitanceUfPerCm2 / timeStepMs;
        double m = gates.M, h = gates.H, n = gates.N;
        potential[0] = v;
        for (var k = 0; k < applied.Length; k++)
        {
            table.Advance(v, ref m, ref h, ref n);
            var sodiumConductance = gNa * m * m * m * h;
            var n2 = n * n;
            var potassiumConductance = gK * n2 * n2;
            var totalConductance = sodiumConductance + potassiumConductance + gL;
            var drive = (sodiumConductance * eNa) + (potassiumConductance * eK) + (gL * eL);
            var midpoint = ((capacitanceOverHalfStep * v) + drive + applied[k]) / (capacitanceOverHalfStep + totalConductance);
            sodium[k] = sodiumConductance * (midpoint - eNa);
            potassium[k] = potassiumConductance * (midpoint - eK);
            v = (2.0 * midpoint) - v;
            potential[k + 1] = v;
        }
    }
}
