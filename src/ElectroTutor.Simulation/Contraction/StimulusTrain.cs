namespace ElectroTutor.Simulation.Contraction;

/// <summary>
/// A train of action potentials at a fixed frequency, the first at time 0. A single pulse is a twitch.
/// </summary>
public sealed record StimulusTrain
{
    /// <summary>Creates a train.</summary>
    /// <param name="frequencyHz">Stimulation frequency in Hz, above 0 and at most 1000.</param>
    /// <param name="pulseCount">Number of action potentials, 1 to 100 000.</param>
    public StimulusTrain(double frequencyHz, int pulseCount)
    {
        if (!(frequencyHz > 0 && frequencyHz <= 1000))
        {
            throw new ArgumentOutOfRangeException(nameof(frequencyHz), frequencyHz, "The stimulation frequency must lie above 0 and at most 1000 Hz.");
        }

        if (pulseCount is < 1 or > 100_000)
        {
            throw new ArgumentOutOfRangeException(nameof(pulseCount), pulseCount, "A train has between 1 and 100 000 pulses.");
        }

        FrequencyHz = frequencyHz;
        PulseCount = pulseCount;
    }

    /// <summary>One action potential: a twitch.</summary>
    public static StimulusTrain SinglePulse { get; } = new(1, 1);

    /// <summary>The reference fused tetanus used for twitch:tetanus ratios: 150 Hz for 500 ms (75 pulses).</summary>
    public static StimulusTrain ReferenceTetanus { get; } = FromDuration(150, 500);

    /// <summary>Stimulation frequency in Hz.</summary>
    public double FrequencyHz { get; }

    /// <summary>Number of action potentials.</summary>
    public int PulseCount { get; }

    /// <summary>Time between successive action potentials in ms.</summary>
    public double IntervalMs => 1000.0 / FrequencyHz;

    /// <summary>Time of the last action potential in ms.</summary>
    public double LastPulseMs => (PulseCount - 1) * IntervalMs;

    /// <summary>A train that stimulates for a duration: pulses at 0, Δt, 2Δt, … before <paramref name="durationMs"/>.</summary>
    /// <param name="frequencyHz">Stimulation frequency in Hz.</param>
    /// <param name="durationMs">Train duration in ms, above 0; at least one pulse is given.</param>
    /// <returns>The train with ⌈duration · frequency / 1000⌉ pulses.</returns>
    public static StimulusTrain FromDuration(double frequencyHz, double durationMs)
    {
        if (!(durationMs > 0) || !double.IsFinite(durationMs))
        {
            throw new ArgumentOutOfRangeException(nameof(durationMs), durationMs, "A train duration must be a finite number above 0 ms.");
        }

        // The small allowance keeps 500 ms at 100 Hz at exactly 50 pulses despite rounding; too long a train is left
        // for the constructor to reject.
        var pulses = Math.Ceiling((durationMs * frequencyHz / 1000.0) - 1e-9);
        return new StimulusTrain(frequencyHz, (int)Math.Clamp(pulses, 1, 100_001));
    }
}
