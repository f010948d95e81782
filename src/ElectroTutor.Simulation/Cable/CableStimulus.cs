using ElectroTutor.Simulation.HodgkinHuxley;

namespace ElectroTutor.Simulation.Cable;

/// <summary>
/// Current injected into the cable's first segment [0, <paramref name="StimulatedLengthCm"/>]: the protocol's current
/// density (µA per cm² of membrane, positive depolarises) is spread over that segment, so the charge delivered does not
/// depend on the compartment size.
/// </summary>
/// <param name="Protocol">Applied current density in µA/cm² over time.</param>
/// <param name="StimulatedLengthCm">Length of the stimulated end segment in cm, above 0 and at most the cable length.</param>
public sealed record CableStimulus(CurrentClampProtocol Protocol, double StimulatedLengthCm)
{
    /// <summary>Default stimulated length in cm (1 mm).</summary>
    public const double DefaultStimulatedLengthCm = 0.1;

    /// <summary>A single rectangular pulse starting at t = 0.1 ms over the first <paramref name="stimulatedLengthCm"/>.</summary>
    /// <param name="amplitudeUaCm2">Current density in µA/cm².</param>
    /// <param name="pulseWidthMs">Width in ms.</param>
    /// <param name="stimulatedLengthCm">Stimulated end segment in cm.</param>
    /// <returns>The stimulus.</returns>
    public static CableStimulus Pulse(double amplitudeUaCm2, double pulseWidthMs, double stimulatedLengthCm = DefaultStimulatedLengthCm) =>
        new(CurrentClampProtocol.Pulse(0.1, pulseWidthMs, amplitudeUaCm2), stimulatedLengthCm);

    /// <summary>No stimulus.</summary>
    public static CableStimulus None { get; } = new(CurrentClampProtocol.None, DefaultStimulatedLengthCm);
}
