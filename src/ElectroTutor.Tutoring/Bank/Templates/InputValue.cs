using ElectroTutor.Tutoring.Formulas;

namespace ElectroTutor.Tutoring.Bank.Templates;

/// <summary>The value given to one simulator input: a formula over the item's parameters, or a literal text such as an ion symbol.</summary>
/// <param name="Input">The simulator input's name, e.g. <c>outsideMm</c>.</param>
/// <param name="Formula">The formula, when the value is numeric.</param>
/// <param name="Text">The literal text, when it is not.</param>
public sealed record InputValue(string Input, Formula? Formula, string? Text);
