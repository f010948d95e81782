namespace ElectroTutor.Tutoring.Bank.Templates;

/// <summary>The rule a <see cref="ToleranceSpec"/> applies.</summary>
public enum ToleranceKind
{
    /// <summary>|answer − expected| ≤ amount, in the answer's unit.</summary>
    Absolute,

    /// <summary>|answer − expected| ≤ amount × |expected|.</summary>
    Relative,

    /// <summary>Both round to the same value at amount significant figures.</summary>
    SignificantFigures,
}
