namespace ElectroTutor.Simulation.HodgkinHuxley;

/// <summary>
/// One current-clamp run of a space-clamped patch summarised for people and charts: its resting state, whether and how
/// often it fired, the peak, and V(t) sampled at a regular interval.
/// </summary>
public sealed record MembraneResponse
{
    private MembraneResponse(double restingPotentialMv, int spikeCount, double peakPotentialMv, IReadOnlyList<MembraneSample> samples)
    {
        RestingPotentialMv = restingPotentialMv;
        SpikeCount = spikeCount;
        PeakPotentialMv = peakPotentialMv;
        Samples = samples;
    }

    /// <summary>The stable resting potential in mV, or NaN when the patch has none (it fires on its own).</summary>
    public double RestingPotentialMv { get; }

    /// <summary>True when the patch has a stable resting potential.</summary>
    public bool IsQuiescent => !double.IsNaN(RestingPotentialMv);

    /// <summary>
    /// Action potentials in the run: upward crossings of 0 mV carried by inward Na⁺ current (an electrode merely
    /// charging the membrane past 0 mV does not count).
    /// </summary>
    public int SpikeCount { get; }

    /// <summary>True when the run has at least one action potential.</summary>
    public bool Fires => SpikeCount > 0;

    /// <summary>Peak of the first spike in mV; with no spike, the highest V of the run.</summary>
    public double PeakPotentialMv { get; }

    /// <summary>V at 0, Δ, 2Δ, … up to the end of the run.</summary>
    public IReadOnlyList<MembraneSample> Samples { get; }

    /// <summary>Runs a patch from rest and samples the trace.</summary>
    /// <param name="parameters">The membrane.</param>
    /// <param name="protocol">Applied current.</param>
    /// <param name="durationMs">Simulated time in ms (see <see cref="HodgkinHuxleyAxon.Run(CurrentClampProtocol, double, double)"/>).</param>
    /// <param name="sampleIntervalMs">Time between samples in ms; a whole number of time steps, at least one.</param>
    /// <param name="timeStepMs">Integration step Δt in ms.</param>
    /// <returns>The response.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A parameter or time is out of range.</exception>
    public static MembraneResponse Run(
        HodgkinHuxleyParameters parameters,
        CurrentClampProtocol protocol,
        double durationMs,
        double sampleIntervalMs,
        double timeStepMs = HodgkinHuxleyAxon.DefaultTimeStepMs)
    {
        var axon = new HodgkinHuxleyAxon(parameters);
        var trace = axon.Run(protocol, durationMs, timeStepMs);
        if (!(sampleIntervalMs > 0) || !double.IsFinite(sampleIntervalMs))
        {
            throw new ArgumentOutOfRangeException(nameof(sampleIntervalMs), sampleIntervalMs, "The sample interval must be a finite number above 0 ms.");
        }

        var every = Math.Max(1, (int)Math.Round(sampleIntervalMs / timeStepMs));
        var samples = new List<MembraneSample>((trace.Potential.Length / every) + 1);
        for (var k = 0; k < trace.Potential.Length; k += every)
        {
            samples.Add(new MembraneSample(trace.TimeMs(k), trace.Potential[k]));
        }

        var spikes = SpikeTrain.Detect(trace);
        return new MembraneResponse(
            axon.Rest.Rest?.PotentialMv ?? double.NaN,
            ExcitabilitySearch.RegenerativeSpikes(trace),
            ActionPotentialShape.PeakMv(trace, spikes),
            samples);
    }
}
