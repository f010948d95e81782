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
    /// again, but its replies can no longer be repeated.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool RepliesForgotten { get; init; }

    /// <summary>This turn with only its activity id kept.</summary>
    public AnsweredTurn WithoutReplies() => RepliesForgotten ? this : new AnsweredTurn(ActivityId, [], []) { RepliesForgotten = true };
}
