namespace ElectroTutor.Tutoring.Answers;

/// <summary>
/// How close an answer must be, set per template from how sensitive the simulated value is. Values are compared in
/// the expected unit after conversion. Create with <see cref="Absolute"/>, <see cref="Relative"/> or
/// <see cref="SignificantFigures"/>.
/// </summary>
public sealed record Tolerance
{
    private Tolerance(ToleranceKind kind, double amount)
    {
        Kind = kind;
        Amount = amount;
    }

    /// <summary>The kind of comparison.</summary>
    public ToleranceKind Kind { get; }

    /// <summary>The allowance: a difference in the expected unit, a fraction, or a count of figures.</summary>
    public double Amount { get; }

    /// <summary>Matches when |answer − expected| ≤ <paramref name="amount"/> (in the expected unit), e.g. ±0.5 mV.</summary>
    /// <param name="amount">Non-negative and finite.</param>
    /// <returns>The tolerance.</returns>
    public static Tolerance Absolute(double amount) =>
        double.IsFinite(amount) && amount >= 0 ? new(ToleranceKind.Absolute, amount) : throw new ArgumentOutOfRangeException(nameof(amount), amount, "Must be finite and non-negative.");

    /// <summary>Matches when |answer − expected| ≤ <paramref name="fraction"/> × |expected|; 0.01 is 1 %.</summary>
    /// <param name="fraction">In [0, 1).</param>
    /// <returns>The tolerance.</returns>
    public static Tolerance Relative(double fraction) =>
        fraction is >= 0 and < 1 ? new(ToleranceKind.Relative, fraction) : throw new ArgumentOutOfRangeException(nameof(fraction), fraction, "Must be in [0, 1).");

    /// <summary>Matches when both values round to the same number at <paramref name="figures"/> significant figures.</summary>
    /// <param name="figures">From 1 to 15.</param>
    /// <returns>The tolerance.</returns>
    public static Tolerance SignificantFigures(int figures) =>
        figures is >= 1 and <= 15 ? new(ToleranceKind.SignificantFigures, figures) : throw new ArgumentOutOfRangeException(nameof(figures), figures, "Must be from 1 to 15.");

    /// <summary>True when <paramref name="answer"/> is within this tolerance of <paramref name="expected"/>.</summary>
    /// <param name="answer">The learner's value in the expected unit.</param>
    /// <param name="expected">The expected value.</param>
    /// <returns>Whether the two match.</returns>
    public bool Admits(double answer, double expected) => Kind switch
    {
        ToleranceKind.Absolute => Math.Abs(answer - expected) <= Amount * (1 + 1e-12),
        ToleranceKind.Relative => Math.Abs(answer - expected) <= Amount * Math.Abs(expected) * (1 + 1e-12),
        _ => SignificantFigureRounding.Agree(answer, expected, (int)Amount),
    };
}
