namespace ElectroTutor.Tutoring.Storage;

/// <summary>What forgetting a learner removed; all zero when there was no such learner.</summary>
/// <param name="Learners">Learner rows removed (0 or 1).</param>
/// <param name="Attempts">Attempts removed.</param>
/// <param name="SkillStates">Skill states removed.</param>
/// <param name="Conversations">Conversation states removed (0 or 1).</param>
/// <param name="Enrollments">Class enrollments removed.</param>
public sealed record LearnerErasure(int Learners, int Attempts, int SkillStates, int Conversations, int Enrollments);
