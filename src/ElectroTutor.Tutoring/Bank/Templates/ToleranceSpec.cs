namespace ElectroTutor.Tutoring.Bank.Templates;

/// <summary>How close an answer must be: an absolute difference in the answer's unit, a relative one, or agreement to n significant figures.</summary>
/// <param name="Kind">Which rule.</param>
/// <param name="Amount">The allowed difference (absolute, in the unit), fraction (relative) or figure count (significant figures).</param>
public sealed record ToleranceSpec(ToleranceKind Kind, double Amount)
{
    /// <summary>True when <paramref name="candidate"/> counts as equal to <paramref name="expected"/>.</summary>
    /// <param name="expected">The correct value.</param>
    /// <param name="candidate">Another value in the same unit.</param>
    /// <returns>Whether they agree within the tolerance.</returns>
    public bool Accepts(double expected, double candidate) => Kind switch
    {
        ToleranceKind.Absolute => Math.Abs(candidate - expected) <= Amount * (1 + 1e-12),
        ToleranceKind.Relative => Math.Abs(candidate - expected) <= Amount * Math.Abs(expected) * (1 + 1e-12),
        _ => RoundToFigures(candidate, (int)Amount) == RoundToFigures(expected, (int)Amount),
    };

    private static double RoundToFigures(double value, int figures)
    {
        if (value == 0 || !double.IsFinite(value))
        {
            return value;
        }

        var scale = Math.Pow(10, figures - 1 - (int)Math.Floor(Math.Log10(Math.Abs(value))));
        return Math.Round(value * scale, MidpointRounding.AwayFromZero) / scale;
    }
}
