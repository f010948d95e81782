using ElectroTutor.Tutoring.Formulas;

namespace ElectroTutor.Tutoring.Bank.Templates;

/// <summary>
/// How an item's numeric answer is computed and judged: by the simulator (<see cref="Simulator"/>), then optionally
/// through <see cref="Value"/>, a formula in which <c>simulated</c> is the simulator's result; or by the formula alone.
/// </summary>
/// <param name="Simulator">The simulator call, or null for a formula-only answer.</param>
/// <param name="Value">A formula for the answer, or null to take the simulator's result as it is.</param>
/// <param name="Unit">The answer's unit, e.g. "mV".</param>
/// <param name="Tolerance">How close an answer must be.</param>
/// <param name="NoteSignificantFigures">When true, a correct value written with far too many or too few significant figures is accepted with a note.</param>
public sealed record NumericAnswerSpec(SimulatorCall? Simulator, Formula? Value, string Unit, ToleranceSpec Tolerance, bool NoteSignificantFigures);
