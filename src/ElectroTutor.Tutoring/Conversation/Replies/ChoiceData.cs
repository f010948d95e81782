namespace ElectroTutor.Tutoring.Conversation.Replies;

/// <summary>One option of a choice question, or one event of an ordering question.</summary>
/// <param name="Key">What the learner types or presses to pick it, e.g. <c>B</c>.</param>
/// <param name="Text">The option's text.</param>
public sealed record ChoiceData(string Key, string Text);
