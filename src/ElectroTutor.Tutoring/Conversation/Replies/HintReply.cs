namespace ElectroTutor.Tutoring.Conversation.Replies;

/// <summary>One step of a question's hint ladder.</summary>
/// <param name="ItemId">The item the hint is for.</param>
/// <param name="Number">Which hint this is, from 1.</param>
/// <param name="Of">How many hints the question has.</param>
/// <param name="Markdown">The hint.</param>
public sealed record HintReply(string ItemId, int Number, int Of, string Markdown) : TutorReply
{
    /// <inheritdoc />
    public override string ToMarkdown() => $"**Hint {Number} of {Of}:** {Markdown}";
}
