using System.Text.Json.Serialization;

namespace ElectroTutor.Tutoring.Conversation.Replies;

/// <summary>
/// One thing the tutor says. Channels render each kind their own way (a card in Teams and Web Chat, coloured text in
/// the terminal); the JSON form, with a <c>type</c> field, is the machine-readable data channels attach.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(TextReply), "text")]
[JsonDerivedType(typeof(QuestionReply), "question")]
[JsonDerivedType(typeof(FeedbackReply), "feedback")]
[JsonDerivedType(typeof(HintReply), "hint")]
[JsonDerivedType(typeof(SolutionReply), "solution")]
[JsonDerivedType(typeof(ProgressReply), "progress")]
[JsonDerivedType(typeof(MenuReply), "menu")]
[JsonDerivedType(typeof(ExperimentReply), "experiment")]
[JsonDerivedType(typeof(ClassSummaryReply), "classSummary")]
public abstract record TutorReply
{
    /// <summary>The reply as plain Markdown, for channels that show only text and as a card's fallback.</summary>
    public abstract string ToMarkdown();
}
