using ElectroTutor.Tutoring.Conversation.Replies;
using ElectroTutor.Tutoring.Storage;

namespace ElectroTutor.Tutoring.Conversation;

/// <summary>
/// What a turn produced: the new state, the replies in order, and what the host must store before it sends them.
/// </summary>
/// <param name="State">The conversation state after the turn.</param>
/// <param name="Replies">What to say, in order.</param>
public sealed record TurnOutcome(TutorState State, IReadOnlyList<TutorReply> Replies)
{
    /// <summary>Up to three quick replies a channel may offer as buttons.</summary>
    public IReadOnlyList<string> Suggestions { get; init; } = [];

    /// <summary>Attempts to record (learner id, channel and activity id filled in).</summary>
    public IReadOnlyList<AttemptRecord> Attempts { get; init; } = [];

    /// <summary>Skill states that changed.</summary>
    public IReadOnlyList<SkillStateRecord> SkillStates { get; init; } = [];

    /// <summary>True when the learner's stored skill states must be deleted first (a confirmed reset).</summary>
    public bool ResetSkillStates { get; init; }

    /// <summary>A new display name to store, or null.</summary>
    public string? DisplayName { get; init; }

    /// <summary>
    /// A class join code the host must look up (and enrol the learner in), then pass back with
    /// <see cref="TutorInput.ClassLookup"/>; null when none.
    /// </summary>
    public string? JoinCode { get; init; }

    /// <summary>
    /// A class join code whose summary the asker wants (they say they teach it); the host looks it up for the asker
    /// and passes the answer back with <see cref="TutorInput.ClassSummaryLookup"/>; null when none.
    /// </summary>
    public string? ClassReportCode { get; init; }

    /// <summary>True when the learner said goodbye; a terminal session ends.</summary>
    public bool EndsSession { get; init; }

    /// <summary>The internal error the turn hit, for the host to log; the state is then the one before the turn.</summary>
    public Exception? Fault { get; init; }

    /// <summary>The outcome as a <see cref="TurnCommit"/> for <see cref="ITurnStore"/>.</summary>
    public TurnCommit ToCommit(long learnerId, long expectedVersion, string stateJson) => new(learnerId, expectedVersion, stateJson)
    {
        Attempts = Attempts,
        SkillStates = SkillStates,
        ResetSkillStates = ResetSkillStates,
        DisplayName = DisplayName,
    };
}
