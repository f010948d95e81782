namespace ElectroTutor.Tutoring.Items;

/// <summary>An option as shown in one item.</summary>
/// <param name="Letter">A, B, C, …</param>
/// <param name="Text">The option's text with the item's numbers.</param>
/// <param name="IsCorrect">Whether it is the right option.</param>
/// <param name="MisconceptionId">The misconception a learner reveals by choosing it, if any.</param>
public sealed record ItemChoice(string Letter, string Text, bool IsCorrect, string? MisconceptionId);
