using ElectroTutor.Tutoring.Formulas;

namespace ElectroTutor.Tutoring.Bank.Templates;

/// <summary>One option of a multiple-choice item.</summary>
/// <param name="Text">What the learner reads (may hold {placeholders}).</param>
/// <param name="IsCorrect">True for the right option (when <see cref="CorrectWhen"/> is null).</param>
/// <param name="CorrectWhen">A formula over the parameters and <c>answer</c> that decides correctness per item (e.g. "answer == 1" for "it fires").</param>
/// <param name="MisconceptionId">The misconception a learner reveals by choosing this distractor, if any.</param>
public sealed record ChoiceSpec(string Text, bool IsCorrect, Formula? CorrectWhen, string? MisconceptionId);
