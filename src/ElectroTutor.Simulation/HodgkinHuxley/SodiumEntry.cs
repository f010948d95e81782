namespace ElectroTutor.Simulation.HodgkinHuxley;

/// <summary>
/// Na⁺ entering per spike: the extra inward Na⁺ charge the spike causes, ∫ (I_Na,rest − I_Na) dt, over the spike's
/// window, from the lowest V before it (the start of the trace for the first spike) to the lowest V after it (before
/// the next spike's crossing, or the end of the trace). Subtracting the resting Na⁺ current matches tracer measurements,
/// which report the influx added by stimulation. I_Na is sampled at step midpoints, so the sum is second order.
/// </summary>
public static class SodiumEntry
{
    /// <summary>Extra Na⁺ charge of one spike in nC/cm² (µA/cm² × ms); NaN when the spike does not exist.</summary>
    /// <param name="trace">The trace.</param>
    /// <param name="spikes">Its spikes.</param>
    /// <param name="restingSodiumCurrentUaCm2">I_Na at rest in µA/cm² (negative); see <see cref="SteadyStateCurrent.SodiumUaCm2"/>.</param>
    /// <param name="spikeIndex">Which spike, 0 for the first.</param>
    /// <returns>Charge in nC/cm², positive for Na⁺ entering.</returns>
    public static double ChargeNcCm2(MembraneTrace trace, SpikeTrain spikes, double restingSodiumCurrentUaCm2, int spikeIndex = 0)
    {
        ArgumentNullException.ThrowIfNull(trace);
        ArgumentNullException.ThrowIfNull(spikes);
        if (spikeIndex < 0 || spikeIndex >= spikes.Count)
        {
            return double.NaN;
        }

        var v = trace.Potential;
        var crossings = spikes.CrossingSteps;
        var start = spikeIndex == 0 ? 0 : SampledExtremum.IndexOfMinimum(v, crossings[spikeIndex - 1] + 1, crossings[spikeIndex] + 1);
        var end = spikeIndex + 1 < crossings.Count
            ? SampledExtremum.IndexOfMinimum(v, crossings[spikeIndex] + 1, crossings[spikeIndex + 1] + 1)
            : SampledExtremum.IndexOfMinimum(v, crossings[spikeIndex] + 1, v.Length);
        var sodium = trace.Sodium;
        var sum = 0.0;
        for (var k = start; k < end; k++)
        {
            sum += restingSodiumCurrentUaCm2 - sodium[k];
        }

        return sum * trace.TimeStepMs;
    }

    /// <summary>Converts a Na⁺ charge to an amount: n = Q / F.</summary>
    /// <param name="chargeNcCm2">Charge in nC/cm².</param>
    /// <returns>Amount in pmol/cm².</returns>
    public static double PicomolesPerCm2(double chargeNcCm2) => chargeNcCm2 * 1e3 / PhysicalConstants.FaradayCPerMol;

    /// <summary>
    /// The least charge that could move the membrane through a spike: C_m·ΔV with ΔV from rest to peak (Attwell &amp;
    /// Laughlin's minimum). Dividing the Na⁺ entry by it gives the Na⁺ entry ratio.
    /// </summary>
    /// <param name="capacitanceUfPerCm2">C_m in µF/cm².</param>
    /// <param name="amplitudeMv">Peak minus rest in mV.</param>
    /// <returns>Charge in nC/cm².</returns>
    public static double CapacitiveMinimumNcCm2(double capacitanceUfPerCm2, double amplitudeMv) => capacitanceUfPerCm2 * amplitudeMv;
}
