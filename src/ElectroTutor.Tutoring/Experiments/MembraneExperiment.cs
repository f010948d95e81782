using ElectroTutor.Simulation.Electrochemistry;
using ElectroTutor.Simulation.HodgkinHuxley;
using ElectroTutor.Tutoring.Charts;

namespace ElectroTutor.Tutoring.Experiments;

/// <summary>
/// Concentrations, temperature, TTX, TEA and the stimulus. Two models answer: the Goldman–Hodgkin–Katz resting
/// potential of a mammalian neuron at 37 °C (for concentration changes), and the Hodgkin–Huxley squid axon given a
/// stimulus, whose membrane potential over 50 ms is the chart. A concentration change is carried to the squid axon as
/// the same fold change of its own concentration, since the two cells start from different values.
/// </summary>
internal static class MembraneExperiment
{
    public const double StandardStimulusUaCm2 = 10;
    public const double StandardStimulusMs = 1;
    private const double StimulusStartMs = 5;
    private const double RunMs = 50;
    private const double SampleMs = 0.1;
    private const double NeuronTemperatureCelsius = 37;

    public static WhatIfResult Run(WhatIfRequest request)
    {
        var rows = new List<WhatIfQuantity>();
        var sentences = new List<string>();
        if (request.Concentrations.Count > 0)
        {
            Neuron(request, rows, sentences);
        }

        LineChart? chart = null;
        var squidChanges = request.Concentrations.Any(c => c.Ion != Ion.Chloride)
            || request.TemperatureCelsius is not null || request.SodiumBlockFraction is not null || request.PotassiumBlockFraction is not null
            || request.StimulusAmplitudeUaCm2 is not null || request.StimulusDurationMs is not null || request.Concentrations.Count == 0;
        if (squidChanges)
        {
            chart = Axon(request, rows, sentences);
        }
        else
        {
            sentences.Add("The squid axon model has no Cl⁻ conductance of its own, so no trace is drawn for a Cl⁻ change.");
        }

        return new WhatIfResult(request, $"What if {request.Summary}?", string.Join(' ', sentences), rows, chart);
    }

    private static void Neuron(WhatIfRequest request, List<WhatIfQuantity> rows, List<string> sentences)
    {
        var normal = IonConcentrations.MammalianNeuron;
        var changed = request.Concentrations.Aggregate(normal, (c, s) => c.With(s.Ion, s.Side, s.ConcentrationMm));
        var p = RelativePermeabilities.HodgkinKatzSquidAxon;
        var restBefore = GoldmanHodgkinKatz.RestingPotentialMv(normal, p, NeuronTemperatureCelsius);
        var restAfter = GoldmanHodgkinKatz.RestingPotentialMv(changed, p, NeuronTemperatureCelsius);
        rows.Add(WhatIfQuantity.Number("Resting potential (neuron, GHK)", "mV", restBefore, restAfter));
        foreach (var ion in request.Concentrations.Select(c => c.Ion).Distinct())
        {
            double Nernst(IonConcentrations c) => NernstPotential.EquilibriumPotentialMv(ion, c.ConcentrationMm(ion, MembraneSide.Outside), c.ConcentrationMm(ion, MembraneSide.Inside), NeuronTemperatureCelsius);
            var before = Nernst(normal);
            var after = Nernst(changed);
            rows.Add(WhatIfQuantity.Number($"E_{ion.Symbol} (neuron, Nernst)", "mV", before, after));
            sentences.Add($"Changing {string.Join(" and ", request.Concentrations.Where(c => c.Ion == ion).Select(c => c.Symbol))} moves E_{ion.Symbol} from {Mv(before)} to {Mv(after)} mV.");
        }

        var shift = restAfter - restBefore;
        sentences.Add(Math.Abs(shift) < 0.5
            ? "The resting potential barely moves."
            : $"The resting potential {(shift > 0 ? "depolarises" : "hyperpolarises")} by {WhatIfQuantity.Format(Math.Abs(shift), 1, "?")} mV, to {Mv(restAfter)} mV: "
              + (request.Concentrations.Any(c => c.Ion == Ion.Potassium)
                  ? "less than E_K moves, because the resting membrane is also slightly permeable to Na⁺ and Cl⁻."
                  : "it moves little because at rest the membrane is mostly permeable to K⁺."));
    }

    private static LineChart Axon(WhatIfRequest request, List<WhatIfQuantity> rows, List<string> sentences)
    {
        var normalParameters = HodgkinHuxleyParameters.SquidAxon;
        var changedParameters = ChangedAxon(request);
        var amplitude = request.StimulusAmplitudeUaCm2 ?? StandardStimulusUaCm2;
        var width = request.StimulusDurationMs ?? StandardStimulusMs;
        var normal = MembraneResponse.Run(normalParameters, CurrentClampProtocol.Pulse(StimulusStartMs, StandardStimulusMs, StandardStimulusUaCm2), RunMs, SampleMs);
        var changed = MembraneResponse.Run(changedParameters, CurrentClampProtocol.Pulse(StimulusStartMs, width, amplitude), RunMs, SampleMs);

        rows.Add(WhatIfQuantity.Number("Resting potential (squid axon model)", "mV", normal.RestingPotentialMv, changed.RestingPotentialMv, 1, "none: fires by itself"));
        rows.Add(WhatIfQuantity.Number("E_K (squid axon model)", "mV", normalParameters.PotassiumReversalMv, changedParameters.PotassiumReversalMv));
        rows.Add(WhatIfQuantity.Number("E_Na (squid axon model)", "mV", normalParameters.SodiumReversalMv, changedParameters.SodiumReversalMv));
        if (request.TemperatureCelsius is { } t)
        {
            rows.Add(WhatIfQuantity.Number("Temperature", "°C", normalParameters.TemperatureCelsius, t));
        }

        if (request.StimulusAmplitudeUaCm2 is not null || request.StimulusDurationMs is not null)
        {
            rows.Add(WhatIfQuantity.Number("Stimulus", "µA/cm²", StandardStimulusUaCm2, amplitude));
            rows.Add(WhatIfQuantity.Number("Stimulus duration", "ms", StandardStimulusMs, width, 2));
        }

        rows.Add(WhatIfQuantity.YesNo("Fires an action potential", normal.Fires, changed.Fires));
        rows.Add(WhatIfQuantity.Number("Action potentials in 50 ms", string.Empty, normal.SpikeCount, changed.SpikeCount, 0));
        rows.Add(WhatIfQuantity.Number(changed.Fires ? "Spike peak" : "Highest potential", "mV", normal.PeakPotentialMv, changed.PeakPotentialMv));
        sentences.AddRange(MembraneExplanation.Sentences(request, normal, changed));

        var label = request.Summary;
        return new LineChart(
            $"Membrane potential: normal vs {label}",
            new ChartAxis("Time", "ms"),
            new ChartAxis("Membrane potential", "mV"),
            [Series("Normal", normal), Series(label, changed)]);
    }

    private static HodgkinHuxleyParameters ChangedAxon(WhatIfRequest request)
    {
        var parameters = HodgkinHuxleyParameters.SquidAxon with
        {
            TemperatureCelsius = request.TemperatureCelsius ?? HodgkinHuxleyParameters.SquidAxon.TemperatureCelsius,
            SodiumBlockFraction = request.SodiumBlockFraction ?? 0,
            PotassiumBlockFraction = request.PotassiumBlockFraction ?? 0,
        };
        if (!request.Concentrations.Any(c => c.Ion != Ion.Chloride))
        {
            return parameters;
        }

        var neuron = IonConcentrations.MammalianNeuron;
        var squid = AxonConcentrations.SquidAxon;
        double Fold(Ion ion, MembraneSide side) =>
            request.Concentrations.FirstOrDefault(c => c.Ion == ion && c.Side == side) is { } s ? s.ConcentrationMm / neuron.ConcentrationMm(ion, side) : 1;
        return parameters.WithConcentrations(squid with
        {
            PotassiumOutsideMm = squid.PotassiumOutsideMm * Fold(Ion.Potassium, MembraneSide.Outside),
            PotassiumInsideMm = squid.PotassiumInsideMm * Fold(Ion.Potassium, MembraneSide.Inside),
            SodiumOutsideMm = squid.SodiumOutsideMm * Fold(Ion.Sodium, MembraneSide.Outside),
            SodiumInsideMm = squid.SodiumInsideMm * Fold(Ion.Sodium, MembraneSide.Inside),
        });
    }

    private static ChartSeries Series(string name, MembraneResponse response) =>
        new(name, "ms", "mV", response.Samples.Select(s => new ChartPoint(s.TimeMs, s.PotentialMv)).ToArray());

    internal static string Mv(double value) => WhatIfQuantity.Format(value, 1, "none");
}
