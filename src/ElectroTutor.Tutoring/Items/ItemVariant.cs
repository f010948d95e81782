namespace ElectroTutor.Tutoring.Items;

/// <summary>The value a learner would give in one item by making a named mistake, in the answer's unit.</summary>
/// <param name="MisconceptionId">The mistake.</param>
/// <param name="Value">The wrong value it produces.</param>
public sealed record ItemVariant(string MisconceptionId, double Value);
