namespace ElectroTutor.Tutoring.Storage;

/// <summary>Classes learners join with a code from their instructor.</summary>
public interface IClassStore
{
    /// <summary>The class with this join code (compared without regard to case), or null.</summary>
    Task<ClassRecord?> FindByJoinCodeAsync(string joinCode, CancellationToken cancellationToken = default);

    /// <summary>Enrols the learner in the class; enrolling twice is harmless and reports false the second time.</summary>
    Task<bool> EnrollAsync(long learnerId, long classId, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>The classes the learner is enrolled in, by name.</summary>
    Task<IReadOnlyList<ClassRecord>> ForLearnerAsync(long learnerId, CancellationToken cancellationToken = default);
}
