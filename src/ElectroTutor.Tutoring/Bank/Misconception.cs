namespace ElectroTutor.Tutoring.Bank;

/// <summary>A named, diagnosable mistake and the feedback that addresses it.</summary>
/// <param name="Id">Stable kebab-case id, reported with diagnosed answers.</param>
/// <param name="Name">Short name for instructors.</param>
/// <param name="Feedback">What the learner reads when the mistake is diagnosed: what went wrong and how to fix it.</param>
public sealed record Misconception(string Id, string Name, string Feedback);
