namespace ElectroTutor.Tutoring.Answers;

/// <summary>
/// What a numeric item expects: a value in a unit, how close an answer must be, and the template's rules on units,
/// significant figures and ratios. A bare number from the learner is read in <see cref="Unit"/> unless
/// <see cref="RequiresUnit"/> is set.
/// </summary>
/// <param name="Value">The expected value in <paramref name="Unit"/>; finite.</param>
/// <param name="Unit">The expected unit; <see cref="UnitCatalog.One"/> for a pure number.</param>
/// <param name="Tolerance">How close an answer must be, compared in <paramref name="Unit"/>.</param>
public sealed record NumericAnswerKey(double Value, Unit Unit, Tolerance Tolerance)
{
    /// <summary>When true, an answer without a unit gets <see cref="AnswerVerdict.MissingUnit"/> instead of being read in <see cref="Unit"/>.</summary>
    public bool RequiresUnit { get; init; }

    /// <summary>When set, correct answers with too few or too many significant figures are accepted with a note.</summary>
    public SignificantFigurePolicy? SignificantFigures { get; init; }

    /// <summary>When true, ratio answers ("3:2", "3 to 2") are accepted; otherwise they are ambiguous for a single value.</summary>
    public bool ExpectsRatio { get; init; }
}
