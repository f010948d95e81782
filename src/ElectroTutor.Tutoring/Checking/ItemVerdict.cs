using ElectroTutor.Tutoring.Answers;

namespace ElectroTutor.Tutoring.Checking;

/// <summary>The tutor's judgement of one answer to one item: what was understood, whether it is right, and what to say.</summary>
public sealed record ItemVerdict
{
    /// <summary>The grade.</summary>
    public required AnswerVerdict Verdict { get; init; }

    /// <summary>The diagnosed misconception's id, when a wrong answer matches a named mistake.</summary>
    public string? MisconceptionId { get; init; }

    /// <summary>
    /// What the learner reads, complete: specific, friendly, and never the answer itself. A correct answer's
    /// <see cref="Note"/> is already part of it.
    /// </summary>
    public required string Feedback { get; init; }

    /// <summary>
    /// A remark that accompanies a correct answer (significant figures, a unit written leniently), kept apart so that
    /// channels and analytics can show or count it without reading <see cref="Feedback"/>. It is already at the end of
    /// <see cref="Feedback"/>: show one or the other, never both, or the learner reads it twice.
    /// </summary>
    public string? Note { get; init; }

    /// <summary>The expected value (numeric items).</summary>
    public double? ExpectedValue { get; init; }

    /// <summary>The expected value's unit, or the expected letter(s) for choice and ordering items.</summary>
    public string? ExpectedUnit { get; init; }

    /// <summary>The expected answer as text: "−89.06 mV", "B", "C, A, D, B", or the first accepted phrase.</summary>
    public required string ExpectedText { get; init; }

    /// <summary>The learner's value as understood, converted to the expected unit (numeric items).</summary>
    public double? ParsedValue { get; init; }

    /// <summary>The unit of <see cref="ParsedValue"/>: the expected unit once converted.</summary>
    public string? ParsedUnit { get; init; }

    /// <summary>The learner's answer as understood: "−65 mV", "B", "C, A, D, B".</summary>
    public string? ParsedText { get; init; }

    /// <summary>True for a correct answer, with or without a note.</summary>
    public bool IsCorrect => Verdict is AnswerVerdict.Correct or AnswerVerdict.CorrectWithNote;
}
