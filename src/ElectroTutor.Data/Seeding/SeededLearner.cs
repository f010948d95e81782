using ElectroTutor.Tutoring.Storage;

namespace ElectroTutor.Data.Seeding;

/// <summary>
/// Everything a simulated learner leaves behind after a run of tutoring, ready to store in one go: who they are, when
/// they joined the class, every attempt, their latest skill states and their saved conversation.
/// </summary>
/// <param name="Key">The learner's channel identity; unique among learners.</param>
/// <param name="DisplayName">The name the learner gave the tutor.</param>
/// <param name="JoinedAt">When the learner first spoke to the tutor and joined the class (UTC).</param>
/// <param name="Attempts">The learner's attempts in the order they were made; their <see cref="AttemptRecord.LearnerId"/> is ignored.</param>
/// <param name="SkillStates">The latest state of each skill practised; their <see cref="SkillStateRecord.LearnerId"/> is ignored.</param>
/// <param name="StateJson">The saved conversation (<c>TutorStateJson.Write</c>), so the learner can carry on chatting.</param>
/// <param name="LastActiveAt">The time of the learner's last turn (UTC), stored as the conversation's update time.</param>
public sealed record SeededLearner(
    LearnerKey Key,
    string DisplayName,
    DateTimeOffset JoinedAt,
    IReadOnlyList<AttemptRecord> Attempts,
    IReadOnlyList<SkillStateRecord> SkillStates,
    string StateJson,
    DateTimeOffset LastActiveAt);
