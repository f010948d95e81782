namespace ElectroTutor.Tutoring.Conversation.Replies;

/// <summary>A message in Markdown.</summary>
/// <param name="Markdown">The message.</param>
public sealed record TextReply(string Markdown) : TutorReply
{
    /// <inheritdoc />
    public override string ToMarkdown() => Markdown;
}
