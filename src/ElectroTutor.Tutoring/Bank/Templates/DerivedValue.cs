using ElectroTutor.Tutoring.Formulas;

namespace ElectroTutor.Tutoring.Bank.Templates;

/// <summary>A value computed from the parameters (and earlier derived values) for use in prompts, inputs and solutions.</summary>
/// <param name="Name">Its name.</param>
/// <param name="Formula">How it is computed.</param>
public sealed record DerivedValue(string Name, Formula Formula);
