namespace ElectroTutor.Tutoring.Conversation;

/// <summary>What is stored per learner between turns: the tutor's state and the last few answered activities.</summary>
/// <param name="State">The conversation state.</param>
/// <param name="RecentTurns">The newest turns that had an activity id, with their replies, oldest first (at most <see cref="RepliesKept"/>).</param>
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

    /// <summary>
    /// The activity ids of the answered turns before <see cref="RecentTurns"/>, oldest first (at most
    /// <see cref="TurnsKept"/> − <see cref="RepliesKept"/>): a redelivery of one is recognised, but its replies are gone.
    /// Kept as bare ids because the state is written with every turn.
    /// </summary>
    public IReadOnlyList<string> OlderActivityIds { get; init; } = [];

    /// <summary>
    /// The turn already answered for <paramref name="activityId"/>, or null; for one of the
    /// <see cref="OlderActivityIds"/> a turn whose <see cref="AnsweredTurn.RepliesForgotten"/> is true.
    /// </summary>
    public AnsweredTurn? Answered(string? activityId)
    {
        if (activityId is null)
        {
            return null;
        }

        return RecentTurns.LastOrDefault(t => string.Equals(t.ActivityId, activityId, StringComparison.Ordinal))
            ?? (OlderActivityIds.Contains(activityId, StringComparer.Ordinal) ? AnsweredTurn.Forgotten(activityId) : null);
    }

    /// <summary>This conversation after a turn: the new state, and the turn remembered if it had an activity id.</summary>
    public SavedConversation After(TurnOutcome outcome, string? activityId)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        if (activityId is null)
        {
            return this with { State = outcome.State };
        }

        var turns = RecentTurns.Append(new AnsweredTurn(activityId, outcome.Replies, outcome.Suggestions)).ToList();
        var forgotten = Math.Max(0, turns.Count - RepliesKept);
        return new SavedConversation(outcome.State, turns.GetRange(forgotten, turns.Count - forgotten))
        {
            OlderActivityIds = OlderIdsWith(turns.Take(forgotten).Select(t => t.ActivityId)),
        };
    }

    /// <summary>
    /// This conversation as <see cref="After"/> keeps it, from what an older writer stored: before older turns were
    /// kept as <see cref="OlderActivityIds"/>, they stayed among the recent turns with their replies forgotten.
    /// </summary>
    internal SavedConversation WithOlderTurnsAsIds()
    {
        var forgotten = RecentTurns.Where(t => t.RepliesForgotten).Select(t => t.ActivityId).ToList();
        return forgotten.Count == 0 ? this : new SavedConversation(State, [.. RecentTurns.Where(t => !t.RepliesForgotten)])
        {
            OlderActivityIds = OlderIdsWith(forgotten),
        };
    }

    // The older ids followed by newly forgotten ones, as many of the newest as are kept.
    private List<string> OlderIdsWith(IEnumerable<string> forgotten) =>
        [.. OlderActivityIds.Concat(forgotten).TakeLast(TurnsKept - RepliesKept)];
}
