namespace ElectroTutor.Tutoring.Conversation;

/// <summary>What is stored per learner between turns: the tutor's state and the last few answered activities.</summary>
/// <param name="State">The conversation state.</param>
/// <param name="RecentTurns">The latest turns that had an activity id, oldest first.</param>
public sealed record SavedConversation(TutorState State, IReadOnlyList<AnsweredTurn> RecentTurns)
{
    /// <summary>How many answered turns are recognised when redelivered.</summary>
    public const int TurnsKept = 20;

    /// <summary>
    /// Of those, how many of the newest keep their replies to repeat. A channel redelivers an activity it got no answer
    /// to, which is the learner's latest message or one just before it; older turns keep only their id, so the stored
    /// state stays small.
    /// </summary>
    public const int RepliesKept = 3;

    /// <summary>A learner with nothing saved.</summary>
    public static SavedConversation Empty { get; } = new(TutorState.New, []);

    /// <summary>The turn already answered for <paramref name="activityId"/>, or null.</summary>
    public AnsweredTurn? Answered(string? activityId) =>
        activityId is null ? null : RecentTurns.LastOrDefault(t => string.Equals(t.ActivityId, activityId, StringComparison.Ordinal));

    /// <summary>This conversation after a turn: the new state, and the turn remembered if it had an activity id.</summary>
    public SavedConversation After(TurnOutcome outcome, string? activityId)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        if (activityId is null)
        {
            return new SavedConversation(outcome.State, RecentTurns);
        }

        var turns = RecentTurns.Append(new AnsweredTurn(activityId, outcome.Replies, outcome.Suggestions)).TakeLast(TurnsKept).ToList();
        for (var i = 0; i < turns.Count - RepliesKept; i++)
        {
            turns[i] = turns[i].WithoutReplies();
        }

        return new SavedConversation(outcome.State, turns);
    }
}
