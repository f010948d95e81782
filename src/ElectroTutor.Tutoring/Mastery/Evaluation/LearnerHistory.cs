namespace ElectroTutor.Tutoring.Mastery.Evaluation;

/// <summary>One learner's attempts in time order.</summary>
/// <param name="LearnerId">The learner id as the dataset names it (or the sequence number).</param>
/// <param name="Attempts">The attempts, oldest first.</param>
public sealed record LearnerHistory(string LearnerId, IReadOnlyList<TracedAttempt> Attempts);
