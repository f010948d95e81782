namespace ElectroTutor.Tutoring.Answers;

/// <summary>How a <see cref="Tolerance"/> measures closeness.</summary>
public enum ToleranceKind
{
    /// <summary>|answer − expected| ≤ amount, with the amount in the expected unit.</summary>
    Absolute,

    /// <summary>|answer − expected| ≤ amount × |expected|, the amount a fraction (0.01 = 1 %).</summary>
    Relative,

    /// <summary>The answer rounds to the same value as the expected one at the given number of significant figures.</summary>
    SignificantFigures,
}
