namespace ElectroTutor.Data.Reports;

/// <summary>A student of a class and every answer they gave, oldest first.</summary>
/// <param name="LearnerId">The learner's id.</param>
/// <param name="DisplayName">The name the channel gave (student-typed).</param>
/// <param name="Attempts">All the student's attempts, by time then id.</param>
public sealed record StudentHistory(long LearnerId, string DisplayName, IReadOnlyList<StudentAttempt> Attempts);
