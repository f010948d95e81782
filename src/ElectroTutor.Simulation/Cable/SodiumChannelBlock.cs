namespace ElectroTutor.Simulation.Cable;

/// <summary>
/// A segment of the cable where a further fraction of the Na⁺ channels is blocked, as by a local anaesthetic or TTX
/// applied to a stretch of nerve. A block long against the length constant stops conduction; a short one is jumped
/// electrotonically.
/// </summary>
/// <param name="StartCm">Start of the segment in cm from the stimulated end, at least 0.</param>
/// <param name="EndCm">End of the segment in cm, above the start and at most the cable length.</param>
/// <param name="Fraction">Fraction of the remaining Na⁺ channels blocked in the segment, 0–1.</param>
public sealed record SodiumChannelBlock(double StartCm, double EndCm, double Fraction)
{
    /// <summary>No local block.</summary>
    public static SodiumChannelBlock None { get; } = new(0, 0, 0);

    /// <summary>The blocked fraction of a compartment's Na⁺ channels: <see cref="Fraction"/> times the part of [fromCm, toCm] inside the segment.</summary>
    /// <param name="fromCm">Start of the compartment in cm.</param>
    /// <param name="toCm">End of the compartment in cm, above the start.</param>
    /// <returns>Blocked fraction, 0–1.</returns>
    public double BlockedFraction(double fromCm, double toCm) =>
        Fraction * Math.Clamp((Math.Min(EndCm, toCm) - Math.Max(StartCm, fromCm)) / (toCm - fromCm), 0.0, 1.0);

    /// <summary>Checks the segment lies on a cable of the given length and the fraction is between 0 and 1.</summary>
    /// <param name="cableLengthCm">Cable length in cm.</param>
    /// <exception cref="ArgumentOutOfRangeException">The segment or fraction is out of range.</exception>
    public void Validate(double cableLengthCm)
    {
        if (!(Fraction is >= 0 and <= 1))
        {
            Reject(nameof(Fraction), Fraction, "The blocked fraction must be between 0 and 1.");
        }

        if (Fraction > 0 && !(StartCm >= 0 && EndCm > StartCm && EndCm <= cableLengthCm))
        {
            Reject(nameof(EndCm), EndCm, $"A blocked segment needs 0 ≤ start < end ≤ the cable length ({cableLengthCm} cm).");
        }
    }

    private static void Reject(string name, double value, string message) => throw new ArgumentOutOfRangeException(name, value, message);
}
