namespace ElectroTutor.Simulation.HodgkinHuxley;

/// <summary>
/// Threshold current of a rectangular pulse: the least amplitude of a pulse of given width, applied at rest, that gives
/// a regenerative spike within the pulse or the 40 ms after it: a 0 mV upward crossing at which the inward Na⁺ current
/// exceeds the applied current.
/// </summary>
public static class PulseThreshold
{
    /// <summary>Default relative tolerance of the bisection (the result is within this fraction of the true threshold).</summary>
    public const double DefaultRelativeTolerance = 1e-4;

    /// <summary>Finds the threshold.</summary>
    /// <param name="axon">The patch; it must be quiescent.</param>
    /// <param name="pulseWidthMs">Pulse width in ms, greater than 0.</param>
    /// <param name="timeStepMs">Δt in ms.</param>
    /// <param name="relativeTolerance">Relative tolerance, greater than 0.</param>
    /// <returns>Threshold in µA/cm², or NaN when no pulse up to 10⁵ µA/cm² fires.</returns>
    /// <exception cref="InvalidOperationException">The patch has no stable rest.</exception>
    public static double AmplitudeUaCm2(HodgkinHuxleyAxon axon, double pulseWidthMs, double timeStepMs = HodgkinHuxleyAxon.DefaultTimeStepMs, double relativeTolerance = DefaultRelativeTolerance)
    {
        if (!(pulseWidthMs > 0) || !(relativeTolerance > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(pulseWidthMs), pulseWidthMs, "The pulse width and the tolerance must be above 0.");
        }

        return ExcitabilitySearch.LowestAmplitudeUaCm2(
            axon,
            amplitude => CurrentClampProtocol.Pulse(0, pulseWidthMs, amplitude),
            pulseWidthMs + ExcitabilitySearch.ObservationAfterStimulusMs,
            timeStepMs,
            relativeTolerance);
    }
}
