using ElectroTutor.Tutoring.Formulas;

namespace ElectroTutor.Tutoring.Bank.Templates;

/// <summary>
/// The answer a learner gets by making one named mistake: the correct computation with some simulator inputs replaced
/// (<see cref="InputOverrides"/>, e.g. inside and outside swapped), another quantity, and/or a <see cref="Value"/>
/// formula in which <c>answer</c> is the correct answer and <c>simulated</c> the variant's simulator result. Without a
/// value of its own, the variant's simulator result goes through the answer's value formula, as the answer's does.
/// </summary>
/// <param name="MisconceptionId">The misconception this mistake reveals.</param>
/// <param name="InputOverrides">Simulator inputs to replace.</param>
/// <param name="Quantity">Another quantity of the same model, or null.</param>
/// <param name="Value">A formula for the variant's value, or null.</param>
/// <param name="Line">Line in the bank file, for errors.</param>
public sealed record BuggyVariantSpec(string MisconceptionId, IReadOnlyList<InputValue> InputOverrides, string? Quantity, Formula? Value, int Line);
