namespace ElectroTutor.Tutoring.Storage;

/// <summary>A learner's dialog state as last saved.</summary>
/// <param name="LearnerId">The learner.</param>
/// <param name="StateJson">The dialog engine's serialized state.</param>
/// <param name="Version">The concurrency token: 1 after the first save, one more after each later save.</param>
public sealed record ConversationSnapshot(long LearnerId, string StateJson, long Version);
