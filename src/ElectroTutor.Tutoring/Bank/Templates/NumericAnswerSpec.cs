using ElectroTutor.Tutoring.Answers;
using ElectroTutor.Tutoring.Formulas;

namespace ElectroTutor.Tutoring.Bank.Templates;

/// <summary>
/// How an item's numeric answer is computed and judged: by the simulator (<see cref="Simulator"/>), then optionally
/// through <see cref="Value"/>, a formula in which <c>simulated</c> is the simulator's result; or by the formula alone.
/// </summary>
/// <param name="Simulator">The simulator call, or null for a formula-only answer.</param>
/// <param name="Value">A formula for the answer, or null to take the simulator's result as it is.</param>
/// <param name="Unit">The answer's unit as written in the template, e.g. "mV" ("1" for a pure number).</param>
/// <param name="AnswerUnit">The same unit from the unit catalogue, used to read and convert learners' answers.</param>
/// <param name="Tolerance">How close an answer must be.</param>
/// <param name="SignificantFigures">When set, a correct value written with too many or too few significant figures is accepted with a note.</param>
public sealed record NumericAnswerSpec(SimulatorCall? Simulator, Formula? Value, string Unit, Unit AnswerUnit, Tolerance Tolerance, SignificantFigurePolicy? SignificantFigures);
