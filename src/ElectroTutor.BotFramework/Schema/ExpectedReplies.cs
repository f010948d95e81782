namespace ElectroTutor.BotFramework.Schema;

/// <summary>The HTTP response body for an activity sent with <c>deliveryMode: expectReplies</c>: every reply of the turn.</summary>
/// <param name="Activities">The replies in the order the bot sent them.</param>
public sealed record ExpectedReplies(IReadOnlyList<Activity> Activities);
