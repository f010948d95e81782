namespace ElectroTutor.Simulation.HodgkinHuxley;

/// <summary>
/// The record of one current-clamp run: membrane potential at every step boundary and the ionic currents at every step's
/// midpoint (where the second-order scheme evaluates them).
/// </summary>
public sealed class MembraneTrace
{
    internal MembraneTrace(double timeStepMs, double[] membranePotentialMv, double[] sodiumCurrentUaCm2, double[] potassiumCurrentUaCm2, double[] appliedCurrentUaCm2)
    {
        TimeStepMs = timeStepMs;
        MembranePotentialMv = membranePotentialMv;
        SodiumCurrentUaCm2 = sodiumCurrentUaCm2;
        PotassiumCurrentUaCm2 = potassiumCurrentUaCm2;
        AppliedCurrentUaCm2 = appliedCurrentUaCm2;
        Potential = membranePotentialMv;
        Sodium = sodiumCurrentUaCm2;
        Applied = appliedCurrentUaCm2;
    }

    /// <summary>Δt in ms.</summary>
    public double TimeStepMs { get; }

    /// <summary>V at t = kΔt in mV, k = 0 … StepCount.</summary>
    public IReadOnlyList<double> MembranePotentialMv { get; }

    /// <summary>I_Na at t = (k + ½)Δt in µA/cm² (outward positive, so inward Na⁺ current is negative).</summary>
    public IReadOnlyList<double> SodiumCurrentUaCm2 { get; }

    /// <summary>I_K at t = (k + ½)Δt in µA/cm² (outward positive).</summary>
    public IReadOnlyList<double> PotassiumCurrentUaCm2 { get; }

    /// <summary>Mean applied current over step k in µA/cm² (positive depolarises).</summary>
    public IReadOnlyList<double> AppliedCurrentUaCm2 { get; }

    // The arrays behind the lists, for measurement loops that should not go through an interface.
    internal double[] Potential { get; }

    internal double[] Sodium { get; }

    internal double[] Applied { get; }

    /// <summary>Number of steps.</summary>
    public int StepCount => SodiumCurrentUaCm2.Count;

    /// <summary>Total simulated time in ms.</summary>
    public double DurationMs => StepCount * TimeStepMs;

    /// <summary>Time of sample k in ms.</summary>
    /// <param name="index">Sample index.</param>
    /// <returns>kΔt.</returns>
    public double TimeMs(int index) => index * TimeStepMs;
}
