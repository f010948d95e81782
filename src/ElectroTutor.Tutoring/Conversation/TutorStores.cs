using ElectroTutor.Tutoring.Storage;

namespace ElectroTutor.Tutoring.Conversation;

/// <summary>The stores a hosted tutor reads and writes.</summary>
/// <param name="Learners">Learner identities.</param>
/// <param name="Conversations">Saved conversation state.</param>
/// <param name="SkillStates">Skill states, read to rebuild a conversation whose saved state is lost or unreadable.</param>
/// <param name="Turns">Whole-turn commits.</param>
/// <param name="Classes">Classes to join, or null where joining is not offered.</param>
public sealed record TutorStores(ILearnerStore Learners, IConversationStateStore Conversations, ISkillStateStore SkillStates, ITurnStore Turns, IClassStore? Classes)
{
    /// <summary>Class summaries for instructors asking "class report CODE"; null where instructors are not served in chat (everyone is then told no such class).</summary>
    public IClassSummaryPort? ClassSummaries { get; init; }
}
