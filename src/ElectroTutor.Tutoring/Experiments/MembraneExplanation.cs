using ElectroTutor.Simulation.HodgkinHuxley;

namespace ElectroTutor.Tutoring.Experiments;

/// <summary>The physiology sentences of a membrane what-if, chosen from what changed and what the axon then did.</summary>
internal static class MembraneExplanation
{
    public static IEnumerable<string> Sentences(WhatIfRequest request, MembraneResponse normal, MembraneResponse changed)
    {
        if (request.Concentrations.Any(c => c.Ion != Simulation.Electrochemistry.Ion.Chloride))
        {
            var folds = string.Join(", ", request.Concentrations.Where(c => c.Ion != Simulation.Electrochemistry.Ion.Chloride).Select(c => c.Symbol));
            yield return $"The trace is the squid axon model with the same fold change of {folds}.";
        }

        if (request.SodiumBlockFraction is { } ttx)
        {
            yield return changed.Fires
                ? $"TTX blocks {Percent(ttx)} of the voltage-gated Na⁺ channels; the rest still carry enough Na⁺ for a spike, but a smaller one ({MembraneExperiment.Mv(changed.PeakPotentialMv)} mV peak instead of {MembraneExperiment.Mv(normal.PeakPotentialMv)} mV)."
                : $"TTX blocks {Percent(ttx)} of the voltage-gated Na⁺ channels, so there is no regenerative Na⁺ inflow: the stimulus only charges the membrane passively and no action potential fires.";
        }

        if (request.PotassiumBlockFraction is { } tea)
        {
            yield return $"TEA blocks {Percent(tea)} of the delayed-rectifier K⁺ channels, so K⁺ leaves more slowly after the peak and the spike repolarises late: it is broadened.";
        }

        if (request.TemperatureCelsius is { } t)
        {
            yield return t > HodgkinHuxleyRates.ReferenceTemperatureCelsius
                ? $"Warming to {WhatIfRequest.Number(t)} °C speeds every gate (Q10 = 3): the spike is briefer{(changed.Fires ? string.Empty : ", and here the Na⁺ channels inactivate before the upstroke can take off, so the axon does not fire")}."
                : $"Cooling to {WhatIfRequest.Number(t)} °C slows every gate (Q10 = 3): the spike rises and falls more slowly and lasts longer.";
        }

        if (request.StimulusAmplitudeUaCm2 is not null || request.StimulusDurationMs is not null)
        {
            var amplitude = request.StimulusAmplitudeUaCm2 ?? MembraneExperiment.StandardStimulusUaCm2;
            var width = request.StimulusDurationMs ?? MembraneExperiment.StandardStimulusMs;
            yield return amplitude <= 0
                ? $"A {WhatIfRequest.Number(amplitude)} µA/cm² pulse pushes the membrane away from threshold (hyperpolarises it), so nothing fires{(changed.Fires ? " until rebound at its end" : string.Empty)}."
                : changed.Fires
                    ? $"A pulse of {WhatIfRequest.Number(amplitude)} µA/cm² for {WhatIfRequest.Number(width)} ms brings the membrane past threshold, and the Na⁺ channels take over: {Count(changed.SpikeCount)}."
                    : $"A pulse of {WhatIfRequest.Number(amplitude)} µA/cm² for {WhatIfRequest.Number(width)} ms is below threshold: the membrane depolarises a little and relaxes back without a spike.";
        }

        if (!changed.IsQuiescent)
        {
            yield return "With this change the membrane has no stable resting potential: it fires again and again on its own.";
        }
        else if (request.Concentrations.Count > 0 && normal.Fires && !changed.Fires && request.SodiumBlockFraction is null)
        {
            yield return changed.RestingPotentialMv > normal.RestingPotentialMv + 3
                ? "The depolarised axon no longer fires: many of its Na⁺ channels are inactivated at the new resting potential (depolarisation block)."
                : "The axon no longer fires: with E_Na this low, the Na⁺ inflow is too weak to carry the membrane past threshold.";
        }
    }

    private static string Percent(double fraction) => WhatIfRequest.Number(Math.Round(100 * fraction, 1)) + " %";

    private static string Count(int spikes) => spikes == 1 ? "one action potential" : $"{spikes} action potentials";
}
