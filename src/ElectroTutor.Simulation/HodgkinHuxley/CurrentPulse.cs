namespace ElectroTutor.Simulation.HodgkinHuxley;

/// <summary>A rectangular applied current: positive amplitude depolarises.</summary>
/// <param name="StartMs">Onset in ms, at least 0.</param>
/// <param name="DurationMs">Width in ms, greater than 0.</param>
/// <param name="AmplitudeUaCm2">Current density in µA/cm²; positive is depolarising (inward through the electrode).</param>
public readonly record struct CurrentPulse(double StartMs, double DurationMs, double AmplitudeUaCm2)
{
    /// <summary>Time the pulse ends, in ms.</summary>
    public double EndMs => StartMs + DurationMs;
}
