namespace ElectroTutor.Tutoring.Storage;

/// <summary>Class summaries for instructors who ask in chat.</summary>
public interface IClassSummaryPort
{
    /// <summary>
    /// The summary of the class with <paramref name="joinCode"/> (any case) if <paramref name="asker"/> is a chat
    /// identity linked to the instructor who teaches it; otherwise null — the same null whether the class does not
    /// exist or belongs to someone else, so that nobody learns which codes exist.
    /// </summary>
    Task<ClassSummary?> SummarizeForInstructorAsync(LearnerKey asker, string joinCode, CancellationToken cancellationToken = default);
}
