namespace ElectroTutor.Tutoring.Conversation.Replies;

/// <summary>The worked solution of a question, shown on request or after repeated misses.</summary>
/// <param name="ItemId">The item solved.</param>
/// <param name="Markdown">The worked solution.</param>
/// <param name="Answer">The answer, as text with its unit.</param>
public sealed record SolutionReply(string ItemId, string Markdown, string Answer) : TutorReply
{
    /// <inheritdoc />
    public override string ToMarkdown() => $"**Worked solution:** {Markdown}\n\n**Answer:** {Answer}";
}
