namespace ElectroTutor.Simulation.HodgkinHuxley;

/// <summary>
/// Bisection shared by the excitability measurements: the least value of a stimulus setting at which the patch fires,
/// given a value known not to fire and one known to fire. Here a spike must be regenerative: a 0 mV upward crossing on
/// whose upstroke the inward Na⁺ current outgrows the applied current, so an electrode that merely charges the membrane
/// past 0 mV (say with every Na⁺ channel blocked) does not count.
/// </summary>
internal static class ExcitabilitySearch
{
    /// <summary>Time after the last pulse ends in which a spike still counts, in ms (long enough for near-threshold latencies).</summary>
    public const double ObservationAfterStimulusMs = 40.0;

    private const double LargestAmplitudeUaCm2 = 1e5;

    public static int RegenerativeSpikes(MembraneTrace trace)
    {
        var v = trace.Potential;
        var count = 0;
        for (var k = 0; k + 1 < v.Length; k++)
        {
            if (v[k] < SpikeTrain.ThresholdMv && v[k + 1] >= SpikeTrain.ThresholdMv && SodiumLeadsUpstroke(trace, k))
            {
                count++;
            }
        }

        return count;
    }

    // Anywhere on the rising phase around the crossing (from the last minimum to the peak), the inward Na⁺ current must
    // outgrow the applied current: a strong electrode may still be driving at the 0 mV crossing itself.
    private static bool SodiumLeadsUpstroke(MembraneTrace trace, int crossing)
    {
        var v = trace.Potential;
        var start = crossing;
        while (start > 0 && v[start - 1] < v[start])
        {
            start--;
        }

        var end = crossing;
        while (end + 1 < trace.Sodium.Length && v[end + 1] > v[end])
        {
            end++;
        }

        for (var j = start; j <= end && j < trace.Sodium.Length; j++)
        {
            if (-trace.Sodium[j] > trace.Applied[j])
            {
                return true;
            }
        }

        return false;
    }

    public static void RequireQuiescent(HodgkinHuxleyAxon axon)
    {
        ArgumentNullException.ThrowIfNull(axon);
        if (!axon.Rest.IsQuiescent)
        {
            throw new InvalidOperationException("The membrane has no stable rest (it fires on its own), so it has no threshold.");
        }
    }

    /// <summary>Least value in [<paramref name="low"/>, <paramref name="high"/>] that fires, to within the tolerance; the midpoint of the final bracket.</summary>
    public static double Bisect(Func<double, bool> fires, double low, double high, double tolerance)
    {
        while (high - low > tolerance)
        {
            var middle = 0.5 * (low + high);
            if (fires(middle))
            {
                high = middle;
            }
            else
            {
                low = middle;
            }
        }

        return 0.5 * (low + high);
    }

    /// <summary>
    /// Least amplitude (µA/cm²) at which <paramref name="protocol"/> gives at least one spike in the run, found by doubling
    /// from 1 µA/cm² to bracket it and bisecting to a relative tolerance. NaN when nothing up to 10⁵ µA/cm² fires.
    /// </summary>
    public static double LowestAmplitudeUaCm2(HodgkinHuxleyAxon axon, Func<double, CurrentClampProtocol> protocol, double durationMs, double timeStepMs, double relativeTolerance)
    {
        RequireQuiescent(axon);
        bool Fires(double amplitude) => RegenerativeSpikes(axon.Run(protocol(amplitude), durationMs, timeStepMs)) > 0;
        var high = 1.0;
        while (!Fires(high))
        {
            high *= 2;
            if (high > LargestAmplitudeUaCm2)
            {
                return double.NaN;
            }
        }

        var low = high == 1.0 ? 0.0 : high / 2;
        return Bisect(Fires, low, high, relativeTolerance * high);
    }
}
