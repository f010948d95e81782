namespace ElectroTutor.Simulation.HodgkinHuxley;

/// <summary>
/// Rheobase: the least amplitude of a long current step, applied at rest, that gives at least one regenerative spike (a 0
/// mV upward crossing at which the inward Na⁺ current exceeds the applied current) while the step is on. The step lasts <see cref="DefaultStepDurationMs"/> unless told otherwise, far longer
/// than the latency of any spike near rheobase.
/// </summary>
public static class Rheobase
{
    /// <summary>Default step duration in ms.</summary>
    public const double DefaultStepDurationMs = 200.0;

    /// <summary>Finds the rheobase.</summary>
    /// <param name="axon">The patch; it must be quiescent.</param>
    /// <param name="stepDurationMs">Step duration in ms, at least 50.</param>
    /// <param name="timeStepMs">Δt in ms.</param>
    /// <param name="relativeTolerance">Relative tolerance of the bisection, greater than 0.</param>
    /// <returns>Rheobase in µA/cm², or NaN when no step up to 10⁵ µA/cm² fires.</returns>
    /// <exception cref="InvalidOperationException">The patch has no stable rest.</exception>
    public static double AmplitudeUaCm2(HodgkinHuxleyAxon axon, double stepDurationMs = DefaultStepDurationMs, double timeStepMs = HodgkinHuxleyAxon.DefaultTimeStepMs, double relativeTolerance = PulseThreshold.DefaultRelativeTolerance)
    {
        if (!(stepDurationMs >= 50) || !(relativeTolerance > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(stepDurationMs), stepDurationMs, "The step must last at least 50 ms and the tolerance must be above 0.");
        }

        return ExcitabilitySearch.LowestAmplitudeUaCm2(
            axon, amplitude => CurrentClampProtocol.Pulse(0, stepDurationMs, amplitude), stepDurationMs, timeStepMs, relativeTolerance);
    }
}
