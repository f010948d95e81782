namespace ElectroTutor.Tutoring.Answers;

/// <summary>How a successfully parsed answer was written.</summary>
public enum AnswerForm
{
    /// <summary>A single number, possibly with a unit: "-65 mV", "6.5e1", "sixty-five".</summary>
    Number,

    /// <summary>A quotient of two numbers, "1/2"; its value is the quotient.</summary>
    Fraction,

    /// <summary>A ratio, "3:2" or "3 to 2"; its value is the first term divided by the second.</summary>
    Ratio,
}
