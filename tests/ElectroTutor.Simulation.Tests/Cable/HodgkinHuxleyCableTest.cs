using ElectroTutor.Simulation.Cable;
using ElectroTutor.Simulation.HodgkinHuxley;

namespace ElectroTutor.Simulation.Tests.Cable;

/// <summary>Shared set-up of the cable tests; the aspects live in HodgkinHuxleyCableTest.*.cs.</summary>
public partial class HodgkinHuxleyCableTest
{
    /// <summary>Hodgkin and Huxley's propagated-action-potential axon: 18.5 °C, radius 238 µm, 35.4 Ω·cm.</summary>
    private static readonly HodgkinHuxleyParameters Squid185 = HodgkinHuxleyParameters.SquidAxon with { TemperatureCelsius = 18.5 };

    /// <summary>A strong 0.2 ms shock over the first millimetre: well above threshold for every fibre tested here.</summary>
    private static readonly CableStimulus Shock = CableStimulus.Pulse(2000, 0.2);

    private static CableRecording Run(
        int compartmentCount,
        double timeStepMs,
        CableScheme scheme = CableScheme.CrankNicolson,
        double diameterUm = 476,
        double axialResistivityOhmCm = 35.4,
        HodgkinHuxleyParameters? membrane = null,
        CableStimulus? stimulus = null,
        double durationMs = 4)
    {
        var geometry = CableGeometry.SquidGiantAxon with
        {
            CompartmentCount = compartmentCount,
            DiameterUm = diameterUm,
            AxialResistivityOhmCm = axialResistivityOhmCm,
        };
        var cable = new HodgkinHuxleyCable(geometry, membrane ?? Squid185, scheme);

        // Sites at 1/4 and 3/4 of the 5 cm cable: past the stimulus transient, clear of the sealed far end.
        return cable.Run(stimulus ?? Shock, [1.25, 3.75], durationMs, timeStepMs);
    }

    private static double Velocity(int compartmentCount, double timeStepMs, CableScheme scheme = CableScheme.CrankNicolson) =>
        Run(compartmentCount, timeStepMs, scheme).Conduction().VelocityMPerS;

    /// <summary>Observed order from three runs whose step halves each time: log2 of the ratio of successive differences.</summary>
    private static double ObservedOrder(double coarse, double medium, double fine) =>
        Math.Log2(Math.Abs(coarse - medium) / Math.Abs(medium - fine));
}
