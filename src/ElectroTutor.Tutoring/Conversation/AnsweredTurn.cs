using System.Text.Json.Serialization;
using ElectroTutor.Tutoring.Conversation.Replies;

namespace ElectroTutor.Tutoring.Conversation;

/// <summary>A turn already answered, kept so a redelivered activity gets the same replies instead of a second turn.</summary>
/// <param name="ActivityId">The channel's activity id.</param>
/// <param name="Replies">The replies sent; empty once <see cref="RepliesForgotten"/>.</param>
/// <param name="Suggestions">The quick replies offered; empty once <see cref="RepliesForgotten"/>.</param>
public sealed record AnsweredTurn(string ActivityId, IReadOnlyList<TutorReply> Replies, IReadOnlyList<string> Suggestions)
{
    /// <summary>
    /// True when only the activity id is still kept (an older turn): a redelivery is then recognised and not run
    /// again, but its replies can no longer be repeated. Stored state older than
    /// <see cref="SavedConversation.OlderActivityIds"/> marks such turns with it.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool RepliesForgotten { get; init; }

    /// <summary>An older turn of which only the activity id is kept.</summary>
    public static AnsweredTurn Forgotten(string activityId) => new(activityId, [], []) { RepliesForgotten = true };
}
