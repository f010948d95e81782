namespace ElectroTutor.Simulation.HodgkinHuxley;

/// <summary>
/// The applied current of a current-clamp experiment as a sum of rectangular pulses (overlapping pulses add):
/// single pulses, long steps, pulse pairs and trains.
/// </summary>
public sealed class CurrentClampProtocol
{
    /// <summary>Creates a protocol from pulses.</summary>
    /// <param name="pulses">Pulses with start ≥ 0, duration &gt; 0 and finite amplitude.</param>
    public CurrentClampProtocol(IEnumerable<CurrentPulse> pulses)
    {
        ArgumentNullException.ThrowIfNull(pulses);
        Pulses = pulses.ToArray();
        foreach (var pulse in Pulses)
        {
            if (!(pulse.StartMs >= 0) || !(pulse.DurationMs > 0) || !double.IsFinite(pulse.EndMs) || !double.IsFinite(pulse.AmplitudeUaCm2))
            {
                throw new ArgumentOutOfRangeException(nameof(pulses), pulse, "A current pulse needs a start ≥ 0 ms, a duration > 0 ms and a finite amplitude.");
            }
        }
    }

    /// <summary>No applied current.</summary>
    public static CurrentClampProtocol None { get; } = new([]);

    /// <summary>The pulses.</summary>
    public IReadOnlyList<CurrentPulse> Pulses { get; }

    /// <summary>One rectangular pulse.</summary>
    /// <param name="startMs">Onset in ms.</param>
    /// <param name="durationMs">Width in ms.</param>
    /// <param name="amplitudeUaCm2">Amplitude in µA/cm².</param>
    /// <returns>The protocol.</returns>
    public static CurrentClampProtocol Pulse(double startMs, double durationMs, double amplitudeUaCm2) =>
        new([new CurrentPulse(startMs, durationMs, amplitudeUaCm2)]);

    /// <summary>Two equal pulses whose onsets are <paramref name="intervalMs"/> apart.</summary>
    /// <param name="startMs">Onset of the first pulse in ms.</param>
    /// <param name="durationMs">Width of each pulse in ms.</param>
    /// <param name="firstAmplitudeUaCm2">Amplitude of the first pulse in µA/cm².</param>
    /// <param name="intervalMs">Onset-to-onset interval in ms.</param>
    /// <param name="secondAmplitudeUaCm2">Amplitude of the second pulse in µA/cm².</param>
    /// <returns>The protocol.</returns>
    public static CurrentClampProtocol PulsePair(double startMs, double durationMs, double firstAmplitudeUaCm2, double intervalMs, double secondAmplitudeUaCm2) =>
        new([new CurrentPulse(startMs, durationMs, firstAmplitudeUaCm2), new CurrentPulse(startMs + intervalMs, durationMs, secondAmplitudeUaCm2)]);

    /// <summary>A train of equal pulses at a fixed frequency.</summary>
    /// <param name="startMs">Onset of the first pulse in ms.</param>
    /// <param name="durationMs">Width of each pulse in ms.</param>
    /// <param name="amplitudeUaCm2">Amplitude in µA/cm².</param>
    /// <param name="frequencyHz">Pulses per second, greater than 0.</param>
    /// <param name="count">Number of pulses, at least 1.</param>
    /// <returns>The protocol.</returns>
    public static CurrentClampProtocol Train(double startMs, double durationMs, double amplitudeUaCm2, double frequencyHz, int count)
    {
        if (!(frequencyHz > 0) || count < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(frequencyHz), frequencyHz, "A train needs a frequency above 0 Hz and at least one pulse.");
        }

        var periodMs = 1000.0 / frequencyHz;
        return new(Enumerable.Range(0, count).Select(k => new CurrentPulse(startMs + (k * periodMs), durationMs, amplitudeUaCm2)));
    }

    /// <summary>
    /// Writes the mean applied current over each step [kΔt, (k+1)Δt) into <paramref name="perStepUaCm2"/>, so every
    /// pulse delivers exactly its charge whatever the alignment of its edges with the steps.
    /// </summary>
    /// <param name="timeStepMs">Δt in ms.</param>
    /// <param name="perStepUaCm2">One entry per step; overwritten.</param>
    public void FillStepAverages(double timeStepMs, Span<double> perStepUaCm2)
    {
        perStepUaCm2.Clear();
        foreach (var pulse in Pulses)
        {
            var first = Math.Max(0, (int)Math.Floor(pulse.StartMs / timeStepMs));
            var last = Math.Min(perStepUaCm2.Length - 1, (int)Math.Floor(pulse.EndMs / timeStepMs));
            for (var k = first; k <= last; k++)
            {
                var overlapMs = Math.Min(pulse.EndMs, (k + 1) * timeStepMs) - Math.Max(pulse.StartMs, k * timeStepMs);
                if (overlapMs > 0)
                {
                    perStepUaCm2[k] += pulse.AmplitudeUaCm2 * overlapMs / timeStepMs;
                }
            }
        }
    }
}
