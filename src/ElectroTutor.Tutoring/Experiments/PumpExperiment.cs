using ElectroTutor.Simulation.Electrochemistry;
using ElectroTutor.Simulation.Pump;

namespace ElectroTutor.Tutoring.Experiments;

/// <summary>
/// The Na⁺/K⁺ pump switched off in a mammalian neuron. Only the immediate effect is computed: the pump's own outward
/// current stops, so the Mullins–Noda potential with the 3 : 2 coupling gives way to the electroneutral one (r = 1). The
/// gradients' run-down over minutes to hours is not modelled, and the explanation says so.
/// </summary>
internal static class PumpExperiment
{
    private const double TemperatureCelsius = 37;
    private const double TurnoverPerS = 30;
    private const double SitesPerUm2 = 1000;

    public static WhatIfResult Run(WhatIfRequest request)
    {
        var cell = IonConcentrations.MammalianNeuron;
        var p = RelativePermeabilities.HodgkinKatzSquidAxon;
        var running = SodiumPotassiumPump.SteadyStatePotentialMv(cell, p.Potassium, p.Sodium, SodiumPotassiumPump.DefaultCouplingRatio, TemperatureCelsius);
        var stopped = SodiumPotassiumPump.SteadyStatePotentialMv(cell, p.Potassium, p.Sodium, 1, TemperatureCelsius);
        var current = SodiumPotassiumPump.CurrentDensityUaPerCm2(TurnoverPerS, SitesPerUm2);
        var explanation =
            $"The Na⁺/K⁺ pump moves 3 Na⁺ out for every 2 K⁺ in, so it carries a small outward current of its own. Stopping it removes "
            + $"that current at once and the membrane depolarises by only {WhatIfQuantity.Format(stopped - running, 1, "?")} mV: the pump's direct, "
            + "electrogenic share of the resting potential is small. The resting potential itself comes from the K⁺ and Na⁺ gradients, "
            + "and those run down only slowly (minutes to hours) as Na⁺ leaks in and K⁺ leaks out; that slow collapse is not simulated here.";
        WhatIfQuantity[] quantities =
        [
            WhatIfQuantity.Number("Resting potential (mammalian neuron, 37 °C)", "mV", running, stopped),
            WhatIfQuantity.Number("Electrogenic share of the pump", "mV", running - stopped, 0),
            WhatIfQuantity.Number("Pump current", "µA/cm²", current, 0, 2),
            WhatIfQuantity.Number("Na⁺ out : K⁺ in per cycle", string.Empty, SodiumPotassiumPump.DefaultCouplingRatio, double.NaN, 1, "—"),
        ];
        return new WhatIfResult(request, "What if the Na⁺/K⁺ pump stops?", explanation, quantities, Chart: null);
    }
}
