using ElectroTutor.Simulation.Cable;
using ElectroTutor.Simulation.HodgkinHuxley;
using ElectroTutor.Tutoring.Charts;

namespace ElectroTutor.Tutoring.Experiments;

/// <summary>
/// An action potential travelling along an unmyelinated Hodgkin–Huxley axon, stimulated at one end and recorded a
/// quarter and three quarters along. The normal axon is the squid giant axon (476 µm) at 18.5 °C, as in the
/// <c>cable</c> scenario. Every axon is 3 cm long and recorded at the same two places (0.75 and 2.25 cm), so a slower
/// axon's spike visibly arrives later on the chart.
/// </summary>
internal static class CableExperiment
{
    private const double NormalDiameterUm = 476;
    private const double NormalTemperatureCelsius = 18.5;
    private const double LengthCm = 3;
    private const double RunMs = 20;
    private const double TimeStepMs = 0.01;
    private const int SampleEvery = 5;

    public static WhatIfResult Run(WhatIfRequest request)
    {
        var normal = Conduct(NormalDiameterUm, HodgkinHuxleyParameters.SquidAxon with { TemperatureCelsius = NormalTemperatureCelsius });
        var diameter = request.AxonDiameterUm ?? NormalDiameterUm;
        var changed = Conduct(diameter, HodgkinHuxleyParameters.SquidAxon with
        {
            TemperatureCelsius = request.TemperatureCelsius ?? NormalTemperatureCelsius,
            SodiumBlockFraction = request.SodiumBlockFraction ?? 0,
            PotassiumBlockFraction = request.PotassiumBlockFraction ?? 0,
        });
        var n = normal.Recording.Conduction();
        var c = changed.Recording.Conduction();
        WhatIfQuantity[] rows =
        [
            WhatIfQuantity.Number("Axon diameter", "µm", NormalDiameterUm, diameter, 0),
            WhatIfQuantity.Number("Temperature", "°C", NormalTemperatureCelsius, request.TemperatureCelsius ?? NormalTemperatureCelsius),
            WhatIfQuantity.YesNo("Impulse propagates", n.Propagated, c.Propagated),
            WhatIfQuantity.Number("Conduction velocity", "m/s", n.VelocityMPerS, c.VelocityMPerS, 1, "no conduction"),
            WhatIfQuantity.Number("Peak at the far recording site", "mV", normal.Recording.PeakPotentialMv(1), changed.Recording.PeakPotentialMv(1)),
            WhatIfQuantity.Number("Length constant", "cm", normal.LengthConstantCm, changed.LengthConstantCm, 2),
        ];
        var title = request.Summary == "conduction" ? "How fast does an impulse travel along the axon?" : $"What if {request.Summary}? (conduction)";
        var label = request.Summary == "conduction" ? "Same axon" : request.Summary;
        var chart = new LineChart(
            $"Membrane potential {WhatIfRequest.Number(3 * LengthCm / 4)} cm along the axon",
            new ChartAxis("Time", "ms"),
            new ChartAxis("Membrane potential", "mV"),
            [Series("Normal", normal.Recording), Series(label, changed.Recording)]);
        return new WhatIfResult(request, title, Explain(request, n, c), rows, chart);
    }

    private static string Explain(WhatIfRequest request, ConductionMeasurement normal, ConductionMeasurement changed)
    {
        var sentences = new List<string>
        {
            "Each patch of membrane that fires drives current along the axoplasm that brings the next patch to threshold, so the action potential regenerates as it travels.",
        };
        if (request.AxonDiameterUm is { } d)
        {
            sentences.Add(d < NormalDiameterUm
                ? "A thinner axon has a higher axial resistance per length, so current spreads less far ahead and conduction is slower (velocity grows roughly with √diameter)."
                : "A thicker axon has a lower axial resistance per length, so current spreads further ahead and conduction is faster (velocity grows roughly with √diameter).");
        }

        if (request.SodiumBlockFraction is not null)
        {
            sentences.Add(changed.Propagated
                ? "With fewer Na⁺ channels each patch charges its neighbour more slowly, so conduction slows."
                : "With too few Na⁺ channels the depolarisation decays before it reaches threshold further along: conduction fails.");
        }

        if (request.TemperatureCelsius is { } t)
        {
            sentences.Add(t < NormalTemperatureCelsius
                ? "Cooling slows the gates, so each patch takes longer to fire and the impulse travels more slowly."
                : "Warming speeds the gates, so each patch fires sooner and the impulse travels faster, until the spike becomes too brief to excite its neighbour.");
        }

        sentences.Add(changed.Propagated
            ? $"Velocity: {WhatIfQuantity.Format(changed.VelocityMPerS, 1, "?")} m/s (normal {WhatIfQuantity.Format(normal.VelocityMPerS, 1, "?")} m/s)."
            : "No impulse reached the far recording site.");
        return string.Join(' ', sentences);
    }

    private static (CableRecording Recording, double LengthConstantCm) Conduct(double diameterUm, HodgkinHuxleyParameters membrane)
    {
        var cable = new HodgkinHuxleyCable(new CableGeometry { DiameterUm = diameterUm, LengthCm = LengthCm }, membrane);
        var stimulus = new CableStimulus(CurrentClampProtocol.Pulse(0.1, 0.2, 1000), LengthCm / 50);
        return (cable.Run(stimulus, [LengthCm / 4, 3 * LengthCm / 4], RunMs, TimeStepMs), cable.LengthConstantCm);
    }

    private static ChartSeries Series(string name, CableRecording recording)
    {
        var v = recording.PotentialMv(1);
        var points = new List<ChartPoint>();
        for (var k = 0; k < v.Count; k += SampleEvery)
        {
            points.Add(new ChartPoint(k * recording.TimeStepMs, v[k]));
        }

        return new ChartSeries(name, "ms", "mV", points);
    }
}
