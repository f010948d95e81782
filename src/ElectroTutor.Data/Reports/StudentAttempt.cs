using ElectroTutor.Tutoring.Answers;

namespace ElectroTutor.Data.Reports;

/// <summary>One stored answer of a student, as the instructor's student view lists it.</summary>
/// <param name="AttemptId">The stored attempt's id.</param>
/// <param name="AnsweredAt">When the answer arrived (UTC).</param>
/// <param name="TemplateId">The question template answered.</param>
/// <param name="Seed">The seed that, with the template, regenerates the item; equal seeds in a row are retries.</param>
/// <param name="RawAnswer">What the student typed (student-typed: encode it before showing it).</param>
/// <param name="Verdict">The grade.</param>
/// <param name="MisconceptionId">The misconception diagnosed, or null.</param>
/// <param name="HintsUsed">Hints shown before the answer.</param>
public sealed record StudentAttempt(
    long AttemptId,
    DateTimeOffset AnsweredAt,
    string TemplateId,
    int Seed,
    string RawAnswer,
    AnswerVerdict Verdict,
    string? MisconceptionId,
    int HintsUsed)
{
    /// <summary>True for a correct answer, with or without a note.</summary>
    public bool IsCorrect => Verdict is AnswerVerdict.Correct or AnswerVerdict.CorrectWithNote;
}
