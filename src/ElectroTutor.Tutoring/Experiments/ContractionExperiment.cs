using ElectroTutor.Simulation.Contraction;
using ElectroTutor.Tutoring.Charts;

namespace ElectroTutor.Tutoring.Experiments;

/// <summary>
/// A fast-twitch muscle fibre given one action potential (the normal twitch) or a train: force and Ca²⁺ from SR release,
/// buffering and re-uptake. The train lasts 300 ms and the run 500 ms, so relaxation shows too.
/// </summary>
internal static class ContractionExperiment
{
    private const double TrainMs = 300;
    private const double RunMs = 500;
    private const double SampleMs = 1;

    public static WhatIfResult Run(WhatIfRequest request)
    {
        var fibre = new ExcitationContractionModel();
        var twitch = fibre.Simulate(StimulusTrain.SinglePulse, afterLastPulseMs: RunMs);
        var twitchCourse = ContractionTimeCourse.Sample(fibre, StimulusTrain.SinglePulse, RunMs, SampleMs);
        if (request.Contraction == ContractionPattern.Twitch || request.StimulusFrequencyHz is not { } hz)
        {
            WhatIfQuantity[] rows =
            [
                WhatIfQuantity.Number("Peak force", "% of maximum", 100 * twitch.PeakForceFraction, 100 * twitch.PeakForceFraction),
                WhatIfQuantity.Number("Time to peak force", "ms", twitch.TimeOfPeakForceMs, twitch.TimeOfPeakForceMs),
                WhatIfQuantity.Number("Half-relaxation time", "ms", twitch.HalfRelaxationMs, twitch.HalfRelaxationMs),
                WhatIfQuantity.Number("Peak free Ca²⁺", "µM", twitch.PeakCalciumUm, twitch.PeakCalciumUm, 2),
            ];
            var explanation =
                "One action potential releases a brief pulse of Ca²⁺ from the sarcoplasmic reticulum; Ca²⁺ binds troponin, cross-bridges "
                + $"form and force rises to {Percent(twitch.PeakForceFraction)} of the fibre's maximum. SERCA pumps the Ca²⁺ back before the "
                + "cross-bridges are fully engaged, so a single twitch is weak and brief. Try \"tetanus 50 Hz\" to see summation.";
            var chart = new LineChart("Force of a single twitch", Time, Force, [Series("Twitch", twitchCourse)]);
            return new WhatIfResult(request, "What does a single twitch look like?", explanation, rows, chart);
        }

        var train = StimulusTrain.FromDuration(hz, TrainMs);
        var response = fibre.Simulate(train, afterLastPulseMs: RunMs - train.LastPulseMs);
        var course = ContractionTimeCourse.Sample(fibre, train, RunMs, SampleMs);
        var label = $"{WhatIfRequest.Number(hz)} Hz for {WhatIfRequest.Number(TrainMs)} ms";
        WhatIfQuantity[] quantities =
        [
            WhatIfQuantity.Number("Peak force", "% of maximum", 100 * twitch.PeakForceFraction, 100 * response.PeakForceFraction),
            WhatIfQuantity.Number("Peak free Ca²⁺", "µM", twitch.PeakCalciumUm, response.PeakCalciumUm, 2),
            WhatIfQuantity.Number("Action potentials", string.Empty, 1, train.PulseCount, 0),
            WhatIfQuantity.Number("Fusion (trough / peak force)", string.Empty, double.NaN, response.FusionIndex, 2, "—"),
        ];
        var fused = response.FusionIndex >= 0.9;
        var text =
            $"At {WhatIfRequest.Number(hz)} Hz a new action potential arrives every {WhatIfRequest.Number(Math.Round(1000 / hz, 1))} ms, before the fibre has relaxed, "
            + "so Ca²⁺ stays high and the twitches sum. "
            + (fused
                ? $"The contractions fuse into a smooth tetanus of {Percent(response.PeakForceFraction)} of maximum, against {Percent(twitch.PeakForceFraction)} for one twitch."
                : $"Force ripples between pulses (unfused tetanus) and reaches {Percent(response.PeakForceFraction)} of maximum, against {Percent(twitch.PeakForceFraction)} for one twitch; a higher frequency fuses it.");
        var trainChart = new LineChart($"Force: twitch vs {label}", Time, Force, [Series("Twitch", twitchCourse), Series(label, course)]);
        return new WhatIfResult(request, $"What if the fibre is stimulated at {WhatIfRequest.Number(hz)} Hz?", text, quantities, trainChart);
    }

    private static ChartAxis Time => new("Time", "ms");

    private static ChartAxis Force => new("Force", "% of maximum");

    private static ChartSeries Series(string name, IReadOnlyList<ContractionSample> samples) =>
        new(name, "ms", "% of maximum", samples.Select(s => new ChartPoint(s.TimeMs, 100 * s.ForceFraction)).ToArray());

    private static string Percent(double fraction) => WhatIfQuantity.Format(100 * fraction, 0, "?") + " %";
}
