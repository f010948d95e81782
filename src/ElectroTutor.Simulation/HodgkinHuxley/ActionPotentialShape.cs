namespace ElectroTutor.Simulation.HodgkinHuxley;

/// <summary>
/// Peak and after-hyperpolarisation of a spike in a trace. Extremes are refined by a parabola through the extreme sample
/// and its neighbours.
/// </summary>
public static class ActionPotentialShape
{
    /// <summary>
    /// Peak of a spike: the highest V between its 0 mV upward crossing and the next downward crossing (or the end). With
    /// no spikes, the highest V of the whole trace (the top of a subthreshold response).
    /// </summary>
    /// <param name="trace">The trace.</param>
    /// <param name="spikes">Its spikes.</param>
    /// <param name="spikeIndex">Which spike, 0 for the first.</param>
    /// <returns>V in mV.</returns>
    public static double PeakMv(MembraneTrace trace, SpikeTrain spikes, int spikeIndex = 0)
    {
        ArgumentNullException.ThrowIfNull(trace);
        ArgumentNullException.ThrowIfNull(spikes);
        var v = trace.Potential;
        if (spikes.Count == 0)
        {
            return SampledExtremum.Refine(v, SampledExtremum.IndexOfMaximum(v, 0, v.Length));
        }

        return SampledExtremum.Refine(v, PeakIndex(v, spikes.CrossingSteps[spikeIndex]));
    }

    /// <summary>
    /// After-hyperpolarisation of the first spike: the lowest V after its peak, up to the next spike's crossing or the
    /// end of the trace. NaN when the trace has no spike.
    /// </summary>
    /// <param name="trace">The trace.</param>
    /// <param name="spikes">Its spikes.</param>
    /// <returns>V in mV, or NaN.</returns>
    public static double AfterHyperpolarizationMv(MembraneTrace trace, SpikeTrain spikes)
    {
        ArgumentNullException.ThrowIfNull(trace);
        ArgumentNullException.ThrowIfNull(spikes);
        if (spikes.Count == 0)
        {
            return double.NaN;
        }

        var v = trace.Potential;
        var from = PeakIndex(v, spikes.CrossingSteps[0]);
        var to = spikes.Count > 1 ? spikes.CrossingSteps[1] + 1 : v.Length;
        return SampledExtremum.Refine(v, SampledExtremum.IndexOfMinimum(v, from, to));
    }

    internal static int PeakIndex(double[] v, int crossingStep)
    {
        var end = crossingStep + 1;
        while (end < v.Length && v[end] >= SpikeTrain.ThresholdMv)
        {
            end++;
        }

        return SampledExtremum.IndexOfMaximum(v, crossingStep + 1, end);
    }
}
