namespace ElectroTutor.Tutoring.Answers;

/// <summary>What is wrong with an answer of the right dimension, for feedback and misconception diagnosis.</summary>
public enum AnswerDiscrepancy
{
    /// <summary>Nothing, or not a numeric comparison.</summary>
    None,

    /// <summary>The sign is opposite to the expected one.</summary>
    OppositeSign,

    /// <summary>The value is off by a power of ten (×10, ×1000, ÷1000 …), typically a unit prefix slip.</summary>
    PowerOfTen,

    /// <summary>A bare number that would be right in another unit of the same dimension (e.g. volts, not millivolts).</summary>
    BareNumberInOtherUnit,

    /// <summary>Right at the precision given, but fewer significant figures than the template accepts.</summary>
    TooFewSignificantFigures,

    /// <summary>Simply outside the tolerance.</summary>
    OutsideTolerance,
}
