namespace ElectroTutor.Tutoring.Bank.Templates;

/// <summary>A phrase that makes a short answer wrong, and the misconception it reveals.</summary>
/// <param name="Phrase">Words to look for.</param>
/// <param name="MisconceptionId">The misconception's id.</param>
public sealed record RejectedPhrase(string Phrase, string MisconceptionId);
