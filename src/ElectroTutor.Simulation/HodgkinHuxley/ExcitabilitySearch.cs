namespace ElectroTutor.Simulation.HodgkinHuxley;

/// <summary>
/// Bisection shared by the excitability measurements: the least value of a stimulus setting at which the patch fires,
/// given a value known not to fire and one known to fire. Here a spike must be regenerative: a 0 mV upward crossing at
/// which the inward Na⁺ current exceeds the applied current, so an electrode that merely charges the membrane past 0 mV
/// (say with every Na⁺ channel blocked) does not count.
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
            if (v[k] < SpikeTrain.ThresholdMv && v[k + 1] >= SpikeTrain.ThresholdMv && -trace.Sodium[k] > trace.Applied[k])
            {
                count++;
            }
        }

        return count;
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
