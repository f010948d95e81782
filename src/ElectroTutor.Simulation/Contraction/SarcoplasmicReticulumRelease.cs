namespace ElectroTutor.Simulation.Contraction;

/// <summary>
/// SR Ca²⁺ release triggered by one action potential: a smooth sin² pulse of the given peak and full duration at
/// half maximum (it lasts twice that), scaled by the release availability, which each action potential depresses
/// (Ca²⁺ inactivation of release) and which recovers exponentially between action potentials.
/// </summary>
internal sealed class SarcoplasmicReticulumRelease
{
    private readonly ExcitationContractionParameters parameters;

    public SarcoplasmicReticulumRelease(ExcitationContractionParameters parameters)
    {
        this.parameters = parameters;
        DurationMs = 2 * parameters.ReleaseHalfWidthMs;
    }

    /// <summary>Total duration of one release pulse in ms (twice its FDHM).</summary>
    public double DurationMs { get; }

    /// <summary>Release flux in µM/ms at a time after the action potential, for a given availability (0–1).</summary>
    public double FluxUmPerMs(double sincePulseMs, double availability)
    {
        if (sincePulseMs < 0 || sincePulseMs > DurationMs)
        {
            return 0;
        }

        var sine = Math.Sin(Math.PI * sincePulseMs / DurationMs);
        return availability * parameters.ReleasePeakUmPerMs * sine * sine;
    }

    /// <summary>Availability at the next action potential, given the availability at this one and the interval.</summary>
    public double NextAvailability(double availability, double intervalMs)
    {
        var afterPulse = availability * (1 - parameters.ReleaseDepressionFraction);
        return 1 - ((1 - afterPulse) * Math.Exp(-parameters.ReleaseRecoveryRatePerS * intervalMs / 1000.0));
    }
}
