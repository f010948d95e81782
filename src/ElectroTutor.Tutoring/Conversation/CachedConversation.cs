using ElectroTutor.Tutoring.Storage;

namespace ElectroTutor.Tutoring.Conversation;

/// <summary>What <see cref="ConversationCache"/> remembers of a learner after a committed turn.</summary>
/// <param name="Learner">The stored learner (id and display name as of that turn).</param>
/// <param name="Version">The conversation state version that turn committed.</param>
/// <param name="Saved">The conversation exactly as that turn stored it.</param>
public sealed record CachedConversation(LearnerRecord Learner, long Version, SavedConversation Saved);
