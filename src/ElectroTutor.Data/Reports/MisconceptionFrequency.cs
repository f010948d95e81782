namespace ElectroTutor.Data.Reports;

/// <summary>How often one misconception was diagnosed in the class.</summary>
/// <param name="MisconceptionId">The misconception's id.</param>
/// <param name="Name">Its name from the bank (the id for one no longer in it).</param>
/// <param name="Attempts">Attempts diagnosed with it.</param>
/// <param name="Students">Distinct students who showed it.</param>
/// <param name="ExampleAnswers">Up to three of the most frequent raw answers that showed it (student-typed).</param>
public sealed record MisconceptionFrequency(string MisconceptionId, string Name, int Attempts, int Students, IReadOnlyList<string> ExampleAnswers);
