namespace ElectroTutor.Tutoring.Conversation.Replies;

/// <summary>Feedback on an answer.</summary>
/// <param name="Feedback">The feedback's data.</param>
public sealed record FeedbackReply(FeedbackData Feedback) : TutorReply
{
    /// <inheritdoc />
    public override string ToMarkdown() => Feedback.Message;
}
