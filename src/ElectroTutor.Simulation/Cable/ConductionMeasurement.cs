namespace ElectroTutor.Simulation.Cable;

/// <summary>
/// Conduction of an impulse between two recording sites: their distance and the delay between their arrival times.
/// </summary>
/// <param name="DistanceCm">Distance between the sites in cm, positive.</param>
/// <param name="DelayMs">Arrival at the far site minus arrival at the near site in ms; NaN when either never arrived.</param>
/// <param name="Propagated">
/// True when both sites crossed −40 mV, the far one later, and the far site's depolarisation (peak minus rest) was at
/// least <see cref="MinimumAmplitudeRatio"/> of the near site's. Passive spread from a strong stimulus decays with
/// distance and so fails the last test; on a cable much shorter than its length constant the two cannot be told apart.
/// </param>
public sealed record ConductionMeasurement(double DistanceCm, double DelayMs, bool Propagated)
{
    /// <summary>Smallest ratio of far to near peak depolarisation that counts as a regenerative (undecremented) impulse.</summary>
    public const double MinimumAmplitudeRatio = 0.8;

    /// <summary>Conduction velocity in m/s (1 cm/ms = 10 m/s); NaN when the impulse did not propagate.</summary>
    public double VelocityMPerS => Propagated ? 10.0 * DistanceCm / DelayMs : double.NaN;

    /// <summary>Judges conduction from the arrivals and peaks at two sites.</summary>
    /// <param name="distanceCm">Far site minus near site in cm.</param>
    /// <param name="nearArrivalMs">Arrival at the near site in ms, or NaN.</param>
    /// <param name="farArrivalMs">Arrival at the far site in ms, or NaN.</param>
    /// <param name="nearDepolarisationMv">Peak minus rest at the near site in mV.</param>
    /// <param name="farDepolarisationMv">Peak minus rest at the far site in mV.</param>
    /// <returns>The measurement.</returns>
    public static ConductionMeasurement Between(double distanceCm, double nearArrivalMs, double farArrivalMs, double nearDepolarisationMv, double farDepolarisationMv)
    {
        var delayMs = farArrivalMs - nearArrivalMs;
        var propagated = distanceCm > 0
            && delayMs > 0
            && farDepolarisationMv >= MinimumAmplitudeRatio * nearDepolarisationMv;
        return new ConductionMeasurement(distanceCm, delayMs, propagated);
    }
}
