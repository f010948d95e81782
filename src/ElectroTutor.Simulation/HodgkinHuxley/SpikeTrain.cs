namespace ElectroTutor.Simulation.HodgkinHuxley;

/// <summary>
/// The spikes of a trace: a spike is an upward crossing of <see cref="ThresholdMv"/> (0 mV), timed by linear
/// interpolation between the two samples that bracket it.
/// </summary>
public sealed class SpikeTrain
{
    /// <summary>The level whose upward crossing marks a spike, in mV.</summary>
    public const double ThresholdMv = 0.0;

    private readonly double[] timesMs;
    private readonly int[] crossingSteps;

    private SpikeTrain(double[] timesMs, int[] crossingSteps)
    {
        this.timesMs = timesMs;
        this.crossingSteps = crossingSteps;
    }

    /// <summary>Spike times in ms, ascending.</summary>
    public IReadOnlyList<double> TimesMs => timesMs;

    /// <summary>Number of spikes.</summary>
    public int Count => timesMs.Length;

    // Step k of each crossing: V[k] < 0 ≤ V[k + 1].
    internal IReadOnlyList<int> CrossingSteps => crossingSteps;

    /// <summary>Finds the spikes of a trace.</summary>
    /// <param name="trace">The trace.</param>
    /// <returns>The spikes.</returns>
    public static SpikeTrain Detect(MembraneTrace trace)
    {
        ArgumentNullException.ThrowIfNull(trace);
        var v = trace.Potential;
        var times = new List<double>();
        var steps = new List<int>();
        for (var k = 0; k + 1 < v.Length; k++)
        {
            if (v[k] < ThresholdMv && v[k + 1] >= ThresholdMv)
            {
                steps.Add(k);
                times.Add(trace.TimeStepMs * (k + ((ThresholdMv - v[k]) / (v[k + 1] - v[k]))));
            }
        }

        return new SpikeTrain([.. times], [.. steps]);
    }

    /// <summary>
    /// Firing rate in a window: 1000 / (mean interval between consecutive spikes whose times lie in
    /// [<paramref name="windowStartMs"/>, <paramref name="windowEndMs"/>]); 0 when fewer than two spikes lie there.
    /// </summary>
    /// <param name="windowStartMs">Window start in ms.</param>
    /// <param name="windowEndMs">Window end in ms.</param>
    /// <returns>Rate in Hz.</returns>
    public double FiringRateHz(double windowStartMs, double windowEndMs)
    {
        var inside = timesMs.Where(t => t >= windowStartMs && t <= windowEndMs).ToArray();
        return inside.Length < 2 ? 0.0 : 1000.0 * (inside.Length - 1) / (inside[^1] - inside[0]);
    }
}
