namespace ElectroTutor.Tutoring.Answers;

/// <summary>The outcome of checking one numeric answer against a <see cref="NumericAnswerKey"/>.</summary>
/// <param name="Verdict">The grade.</param>
/// <param name="Discrepancy">What is wrong with an incorrect value of the right dimension.</param>
/// <param name="Parsed">The parsed answer, including the learner's value and unit.</param>
/// <param name="ValueInExpectedUnit">The learner's value converted to the expected unit; null when it cannot be.</param>
/// <param name="ExpectedValue">The expected value.</param>
/// <param name="ExpectedUnit">The expected unit.</param>
/// <param name="Feedback">A short, friendly sentence for the learner; never states the expected value.</param>
/// <param name="Note">
/// A remark accompanying a correct answer (significant figures, lenient unit), or null. <paramref name="Feedback"/>
/// already ends with it; it is kept apart for machines, not to be appended again.
/// </param>
public sealed record AnswerCheckResult(
    AnswerVerdict Verdict,
    AnswerDiscrepancy Discrepancy,
    AnswerParseResult Parsed,
    double? ValueInExpectedUnit,
    double ExpectedValue,
    Unit ExpectedUnit,
    string Feedback,
    string? Note)
{
    /// <summary>True for <see cref="AnswerVerdict.Correct"/> and <see cref="AnswerVerdict.CorrectWithNote"/>.</summary>
    public bool IsCorrect => Verdict is AnswerVerdict.Correct or AnswerVerdict.CorrectWithNote;

    /// <summary>The learner's value as written, or null when the answer was not parsed.</summary>
    public double? LearnerValue => Parsed.IsSuccess ? Parsed.Value : null;

    /// <summary>The learner's unit as written, or null when none was written or the answer was not parsed.</summary>
    public Unit? LearnerUnit => Parsed.IsSuccess ? Parsed.Unit : null;
}
