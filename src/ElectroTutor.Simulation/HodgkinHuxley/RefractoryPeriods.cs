namespace ElectroTutor.Simulation.HodgkinHuxley;

/// <summary>
/// Refractory intervals from pulse pairs. Both pulses have the same width; the first (conditioning) pulse is
/// <see cref="ConditioningFactor"/> × the single-pulse threshold, so it always fires. Intervals are onset to onset and
/// at least one pulse width (the pulses never overlap). A second spike is a second 0 mV upward crossing in the run at
/// which the inward Na⁺ current exceeds the applied current (a regenerative spike, not the electrode charging the membrane).
/// </summary>
/// <param name="ThresholdUaCm2">Single-pulse threshold for this width, in µA/cm².</param>
/// <param name="AbsoluteMs">
/// Absolute refractory interval in ms: the shortest interval at which a second pulse of the largest allowed amplitude,
/// <see cref="MaximumFactor"/> × threshold, fires a second spike.
/// </param>
/// <param name="RelativeMs">
/// Relative refractory interval in ms: the shortest interval at which a second pulse as strong as the first fires a
/// second spike. Past it a 2× threshold stimulus works again; the threshold itself recovers fully later still.
/// </param>
public sealed record RefractoryPeriods(double ThresholdUaCm2, double AbsoluteMs, double RelativeMs)
{
    /// <summary>Conditioning pulse amplitude as a multiple of threshold.</summary>
    public const double ConditioningFactor = 2.0;

    /// <summary>Largest test pulse, as a multiple of threshold, for the absolute refractory interval.</summary>
    public const double MaximumFactor = 10.0;

    /// <summary>Longest interval searched, in ms; a patch that has not recovered by then gives NaN.</summary>
    public const double LongestIntervalMs = 100.0;

    /// <summary>Default tolerance of the interval bisection, in ms.</summary>
    public const double DefaultToleranceMs = 1e-3;

    /// <summary>Measures both intervals.</summary>
    /// <param name="axon">The patch; it must be quiescent.</param>
    /// <param name="pulseWidthMs">Width of each pulse in ms, greater than 0 and at most 10.</param>
    /// <param name="timeStepMs">Δt in ms.</param>
    /// <param name="toleranceMs">Bisection tolerance in ms.</param>
    /// <returns>The intervals; NaN for one that is not reached within <see cref="LongestIntervalMs"/>.</returns>
    /// <exception cref="InvalidOperationException">The patch has no stable rest.</exception>
    public static RefractoryPeriods Measure(HodgkinHuxleyAxon axon, double pulseWidthMs, double timeStepMs = HodgkinHuxleyAxon.DefaultTimeStepMs, double toleranceMs = DefaultToleranceMs)
    {
        if (!(pulseWidthMs is > 0 and <= 10) || !(toleranceMs > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(pulseWidthMs), pulseWidthMs, "The pulse width must be above 0 and at most 10 ms, and the tolerance above 0.");
        }

        var threshold = PulseThreshold.AmplitudeUaCm2(axon, pulseWidthMs, timeStepMs);
        if (double.IsNaN(threshold))
        {
            return new RefractoryPeriods(double.NaN, double.NaN, double.NaN);
        }

        var first = ConditioningFactor * threshold;
        return new RefractoryPeriods(
            threshold,
            ShortestInterval(axon, pulseWidthMs, first, MaximumFactor * threshold, timeStepMs, toleranceMs),
            ShortestInterval(axon, pulseWidthMs, first, first, timeStepMs, toleranceMs));
    }

    /// <summary>Shortest onset-to-onset interval at which the second pulse fires a second spike, by bisection; NaN if none up to <see cref="LongestIntervalMs"/>.</summary>
    /// <param name="axon">The patch; it must be quiescent.</param>
    /// <param name="pulseWidthMs">Width of each pulse in ms.</param>
    /// <param name="firstAmplitudeUaCm2">Conditioning pulse in µA/cm² (it should fire).</param>
    /// <param name="secondAmplitudeUaCm2">Test pulse in µA/cm².</param>
    /// <param name="timeStepMs">Δt in ms.</param>
    /// <param name="toleranceMs">Bisection tolerance in ms.</param>
    /// <returns>Interval in ms, or NaN.</returns>
    public static double ShortestInterval(HodgkinHuxleyAxon axon, double pulseWidthMs, double firstAmplitudeUaCm2, double secondAmplitudeUaCm2, double timeStepMs = HodgkinHuxleyAxon.DefaultTimeStepMs, double toleranceMs = DefaultToleranceMs)
    {
        ExcitabilitySearch.RequireQuiescent(axon);
        bool Fires(double intervalMs)
        {
            var protocol = CurrentClampProtocol.PulsePair(0, pulseWidthMs, firstAmplitudeUaCm2, intervalMs, secondAmplitudeUaCm2);
            var trace = axon.Run(protocol, intervalMs + pulseWidthMs + ExcitabilitySearch.ObservationAfterStimulusMs, timeStepMs);
            return ExcitabilitySearch.RegenerativeSpikes(trace) >= 2;
        }

        if (!Fires(LongestIntervalMs))
        {
            return double.NaN;
        }

        return Fires(pulseWidthMs) ? pulseWidthMs : ExcitabilitySearch.Bisect(Fires, pulseWidthMs, LongestIntervalMs, toleranceMs);
    }
}
