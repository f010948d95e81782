namespace ElectroTutor.Tutoring.Answers;

/// <summary>
/// A parsed answer or the reason it could not be parsed. A failure is a value, never an exception: check
/// <see cref="IsSuccess"/>, and show <see cref="Message"/> to the learner when it is false.
/// </summary>
public sealed record AnswerParseResult
{
    private AnswerParseResult(string input, AnswerParseFailure failure, string message)
    {
        Input = input;
        Failure = failure;
        Message = message;
    }

    /// <summary>The text as the learner sent it.</summary>
    public string Input { get; }

    /// <summary>Why parsing failed, or <see cref="AnswerParseFailure.None"/>.</summary>
    public AnswerParseFailure Failure { get; }

    /// <summary>True when a value was read.</summary>
    public bool IsSuccess => Failure == AnswerParseFailure.None;

    /// <summary>A friendly sentence explaining a failure; empty on success.</summary>
    public string Message { get; }

    /// <summary>The number read, in <see cref="Unit"/> (or a pure number when the unit is null); 0 on failure.</summary>
    public double Value { get; private init; }

    /// <summary>The unit written after the number, or null when the learner wrote none.</summary>
    public Unit? Unit { get; private init; }

    /// <summary>
    /// Significant figures written: leading zeros never count, trailing zeros of a whole number without a decimal
    /// point do not count ("65000" has 2), trailing decimals do ("65.0" has 3). Null for fractions and ratios.
    /// </summary>
    public int? SignificantFigures { get; private init; }

    /// <summary>How the answer was written.</summary>
    public AnswerForm Form { get; private init; }

    /// <summary>The answer in one plain spelling, e.g. "-6.5e1 mV" for "−6.5×10¹ millivolts"; empty on failure.</summary>
    public string NormalizedText { get; private init; } = string.Empty;

    /// <summary>Set when the answer was read with some lenience the learner should hear about ("mv" read as mV).</summary>
    public string? Note { get; private init; }

    /// <summary>A failed parse.</summary>
    /// <param name="input">The learner's text.</param>
    /// <param name="failure">Why it failed; not <see cref="AnswerParseFailure.None"/>.</param>
    /// <param name="message">A friendly explanation for the learner.</param>
    /// <returns>The failure value.</returns>
    public static AnswerParseResult Fail(string input, AnswerParseFailure failure, string message)
    {
        if (failure == AnswerParseFailure.None)
        {
            throw new ArgumentOutOfRangeException(nameof(failure), failure, "A failure needs a reason.");
        }

        return new(input, failure, message);
    }

    /// <summary>A successful parse.</summary>
    /// <param name="input">The learner's text.</param>
    /// <param name="value">The number read; finite.</param>
    /// <param name="unit">The unit written, or null.</param>
    /// <param name="significantFigures">Significant figures written, or null for exact forms.</param>
    /// <param name="form">How the answer was written.</param>
    /// <param name="normalizedText">The answer in plain spelling.</param>
    /// <param name="note">A note on lenient reading, or null.</param>
    /// <returns>The success value.</returns>
    public static AnswerParseResult Success(
        string input, double value, Unit? unit, int? significantFigures, AnswerForm form, string normalizedText, string? note = null) =>
        new(input, AnswerParseFailure.None, string.Empty)
        {
            Value = value,
            Unit = unit,
            SignificantFigures = significantFigures,
            Form = form,
            NormalizedText = normalizedText,
            Note = note,
        };
}
