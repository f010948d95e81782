using ElectroTutor.Tutoring.Conversation.Replies;

namespace ElectroTutor.Tutoring.Conversation;

/// <summary>A turn that has been stored: what to send the learner, and what the host should log.</summary>
/// <param name="LearnerId">The stored learner.</param>
/// <param name="Replies">What to send, in order.</param>
/// <param name="Suggestions">Up to three quick replies.</param>
public sealed record HostedTurn(long LearnerId, IReadOnlyList<TutorReply> Replies, IReadOnlyList<string> Suggestions)
{
    /// <summary>True when the activity had been answered before and the stored replies were returned.</summary>
    public bool IsRepeat { get; init; }

    /// <summary>True when the learner said goodbye.</summary>
    public bool EndsSession { get; init; }

    /// <summary>An internal error the engine recovered from, to log.</summary>
    public Exception? Fault { get; init; }

    /// <summary>Why the saved conversation could not be used as it was (it was rebuilt from skill states), to log.</summary>
    public string? StateProblem { get; init; }
}
