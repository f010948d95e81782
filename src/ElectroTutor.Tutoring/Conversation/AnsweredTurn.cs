using ElectroTutor.Tutoring.Conversation.Replies;

namespace ElectroTutor.Tutoring.Conversation;

/// <summary>A turn already answered, kept so a redelivered activity gets the same replies instead of a second turn.</summary>
/// <param name="ActivityId">The channel's activity id.</param>
/// <param name="Replies">The replies sent.</param>
/// <param name="Suggestions">The quick replies offered.</param>
public sealed record AnsweredTurn(string ActivityId, IReadOnlyList<TutorReply> Replies, IReadOnlyList<string> Suggestions);
