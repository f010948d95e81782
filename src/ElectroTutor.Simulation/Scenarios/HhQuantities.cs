using ElectroTutor.Simulation.HodgkinHuxley;

namespace ElectroTutor.Simulation.Scenarios;

/// <summary>The quantities of the <c>hh</c> scenario, and those measured on one run of its stimulus.</summary>
internal static class HhQuantities
{
    public static IReadOnlyList<ScenarioQuantity> All { get; } =
    [
        new("restingPotentialMv", "mV", "Resting potential: the stable zero of the steady-state ionic current (an error if there is none)."),
        new("peakPotentialMv", "mV", "Peak of the first spike; the highest V of the run when there is no spike."),
        new("afterHyperpolarizationMv", "mV", "Lowest V after the first spike's peak, before any second spike."),
        new("spikeCount", "1", "Number of action potentials in the run: upward crossings of 0 mV carried by inward Na⁺ current (an electrode merely charging the membrane past 0 mV does not count)."),
        new("fires", "1", "1 when the run has at least one action potential (as counted by spikeCount), else 0."),
        new("firstSpikeTimeMs", "ms", "Time of the first spike's 0 mV crossing, from the start of the run."),
        new("firingRateHz", "Hz", "1000 / mean inter-spike interval over the second half of the stimulus (0 with fewer than two spikes there)."),
        new("thresholdCurrentUaCm2", "µA/cm²", "Least amplitude of a pulse of width pulseWidthMs, applied at rest, that fires a spike."),
        new("rheobaseUaCm2", "µA/cm²", "Least amplitude of a 200 ms step, applied at rest, that fires a spike."),
        new("absoluteRefractoryMs", "ms", "Shortest onset-to-onset interval at which a 10× threshold pulse fires a second spike after a 2× threshold pulse."),
        new("relativeRefractoryMs", "ms", "Shortest onset-to-onset interval at which a second 2× threshold pulse fires a second spike."),
        new("sodiumChargePerSpikeNcCm2", "nC/cm²", "Extra Na⁺ charge entering during the first spike, ∫(I_Na,rest − I_Na)dt, trough to trough."),
        new("sodiumEntryPerSpikePmolCm2", "pmol/cm²", "The same Na⁺ entry as an amount: charge / F."),
        new("sodiumEntryRatio", "1", "Na⁺ charge per spike divided by the least possible, C_m × (peak − rest)."),
        new("spontaneouslyActive", "1", "1 when the membrane has no stable rest and fires (or oscillates) with no stimulus, else 0."),
        new("sodiumReversalMv", "mV", "E_Na used."),
        new("potassiumReversalMv", "mV", "E_K used."),
    ];

    public static double FromRun(HodgkinHuxleyAxon axon, HhStimulus stimulus, string name)
    {
        var trace = axon.Run(stimulus.Protocol, stimulus.DurationMs, stimulus.TimeStepMs);
        var spikes = SpikeTrain.Detect(trace);
        return name switch
        {
            "peakPotentialMv" => ActionPotentialShape.PeakMv(trace, spikes),
            "afterHyperpolarizationMv" => ActionPotentialShape.AfterHyperpolarizationMv(trace, NeedSpike(spikes)),
            "spikeCount" => ExcitabilitySearch.RegenerativeSpikes(trace),
            "fires" => ExcitabilitySearch.RegenerativeSpikes(trace) > 0 ? 1 : 0,
            "firstSpikeTimeMs" => NeedSpike(spikes).TimesMs[0],
            "firingRateHz" => RepetitiveFiring.FiringRateHz(spikes, stimulus.StartMs, stimulus.WindowMs),
            "sodiumChargePerSpikeNcCm2" => SodiumCharge(axon, trace, NeedSpike(spikes)),
            "sodiumEntryPerSpikePmolCm2" => SodiumEntry.PicomolesPerCm2(SodiumCharge(axon, trace, NeedSpike(spikes))),
            "sodiumEntryRatio" => SodiumCharge(axon, trace, NeedSpike(spikes))
                / SodiumEntry.CapacitiveMinimumNcCm2(axon.Parameters.CapacitanceUfPerCm2, ActionPotentialShape.PeakMv(trace, spikes) - axon.Rest.StartingPoint.PotentialMv),
            _ => throw new ScenarioException($"Model 'hh' has no quantity '{name}'."),
        };
    }

    private static SpikeTrain NeedSpike(SpikeTrain spikes) =>
        spikes.Count > 0 ? spikes : throw new ScenarioException("The stimulus fires no spike (no upward crossing of 0 mV); raise the amplitude or the width.");

    private static double SodiumCharge(HodgkinHuxleyAxon axon, MembraneTrace trace, SpikeTrain spikes) =>
        SodiumEntry.ChargeNcCm2(trace, spikes, SteadyStateCurrent.SodiumUaCm2(axon.Parameters, axon.Rest.StartingPoint.PotentialMv));
}
