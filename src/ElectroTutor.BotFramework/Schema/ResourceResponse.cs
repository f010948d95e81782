namespace ElectroTutor.BotFramework.Schema;

/// <summary>A channel's answer to a send: the id it gave the new activity.</summary>
/// <param name="Id">The activity id, or null when the channel returned none (or the reply was buffered).</param>
public sealed record ResourceResponse(string? Id);
