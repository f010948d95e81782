namespace ElectroTutor.Simulation.HodgkinHuxley;

/// <summary>
/// Firing rate under a sustained step: 1000 / mean inter-spike interval over the second half of the step, when the
/// early adaptation is over; 0 when fewer than two spikes fall in that half.
/// </summary>
public static class RepetitiveFiring
{
    /// <summary>The standard step duration, in ms (1 s).</summary>
    public const double StandardStepDurationMs = 1000.0;

    /// <summary>Firing rate for a step applied at rest at t = 0.</summary>
    /// <param name="axon">The patch.</param>
    /// <param name="amplitudeUaCm2">Step amplitude in µA/cm².</param>
    /// <param name="stepDurationMs">Step duration in ms (default 1 s).</param>
    /// <param name="timeStepMs">Δt in ms.</param>
    /// <returns>Rate in Hz.</returns>
    public static double FiringRateHz(HodgkinHuxleyAxon axon, double amplitudeUaCm2, double stepDurationMs = StandardStepDurationMs, double timeStepMs = HodgkinHuxleyAxon.DefaultTimeStepMs)
    {
        ArgumentNullException.ThrowIfNull(axon);
        var trace = axon.Run(CurrentClampProtocol.Pulse(0, stepDurationMs, amplitudeUaCm2), stepDurationMs, timeStepMs);
        return FiringRateHz(SpikeTrain.Detect(trace), 0, stepDurationMs);
    }

    /// <summary>Firing rate over the second half of a stimulus window of a run already made.</summary>
    /// <param name="spikes">The run's spikes.</param>
    /// <param name="stimulusStartMs">Stimulus onset in ms.</param>
    /// <param name="stimulusDurationMs">Stimulus duration in ms.</param>
    /// <returns>Rate in Hz.</returns>
    public static double FiringRateHz(SpikeTrain spikes, double stimulusStartMs, double stimulusDurationMs)
    {
        ArgumentNullException.ThrowIfNull(spikes);
        return spikes.FiringRateHz(stimulusStartMs + (stimulusDurationMs / 2), stimulusStartMs + stimulusDurationMs);
    }
}
