namespace ElectroTutor.Tutoring.Conversation;

/// <summary>What is stored per learner between turns: the tutor's state and the last few answered activities.</summary>
/// <param name="State">The conversation state.</param>
/// <param name="RecentTurns">The latest turns that had an activity id, oldest first.</param>
public sealed record SavedConversation(TutorState State, IReadOnlyList<AnsweredTurn> RecentTurns)
{
    /// <summary>How many answered turns are kept for redelivery.</summary>
    public const int TurnsKept = 10;

    /// <summary>A learner with nothing saved.</summary>
    public static SavedConversation Empty { get; } = new(TutorState.New, []);

    /// <summary>The replies already given to <paramref name="activityId"/>, or null.</summary>
    public AnsweredTurn? Answered(string? activityId) =>
        activityId is null ? null : RecentTurns.LastOrDefault(t => string.Equals(t.ActivityId, activityId, StringComparison.Ordinal));

    /// <summary>This conversation after a turn: the new state, and the turn remembered if it had an activity id.</summary>
    public SavedConversation After(TurnOutcome outcome, string? activityId)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var turns = activityId is null
            ? RecentTurns
            : [.. RecentTurns.Append(new AnsweredTurn(activityId, outcome.Replies, outcome.Suggestions)).TakeLast(TurnsKept)];
        return new SavedConversation(outcome.State, turns);
    }
}
