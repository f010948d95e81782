namespace ElectroTutor.Tutoring.Mastery.Evaluation;

/// <summary>A two-sided interval of a score; both ends NaN when it could not be estimated.</summary>
/// <param name="Lower">The lower end.</param>
/// <param name="Upper">The upper end, ≥ <paramref name="Lower"/>.</param>
public sealed record ConfidenceInterval(double Lower, double Upper)
{
    /// <summary>An interval that could not be estimated (e.g. no resample had both outcomes for AUC).</summary>
    public static ConfidenceInterval Undefined { get; } = new(double.NaN, double.NaN);

    /// <summary>Upper − Lower.</summary>
    public double Width => Upper - Lower;
}
