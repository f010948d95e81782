namespace ElectroTutor.BotFramework.DirectLine;

/// <summary>What a valid local Direct Line token grants: one user in one conversation until it expires.</summary>
/// <param name="UserId">The <c>user</c> claim: the only <c>from.id</c> this token may post as.</param>
/// <param name="ConversationId">The <c>conv</c> claim: the only conversation this token opens.</param>
/// <param name="ExpiresAt">The <c>exp</c> claim.</param>
public sealed record DirectLineToken(string UserId, string ConversationId, DateTimeOffset ExpiresAt);
