namespace ElectroTutor.Tutoring.Conversation;

/// <summary>What the host knows about a turn that the engine cannot work out for itself.</summary>
/// <param name="LearnerId">The stored learner the turn belongs to.</param>
/// <param name="ChannelId">The channel (<c>msteams</c>, <c>directline</c>, <c>terminal</c>…), recorded with attempts.</param>
/// <param name="ActivityId">The channel's id for the incoming message, which makes a redelivered answer count once; null if the channel has none.</param>
/// <param name="Now">The time of the turn (UTC).</param>
/// <param name="Seed">Fresh randomness for this turn's choices (which item, which parameters).</param>
public sealed record TurnContext(long LearnerId, string ChannelId, string? ActivityId, DateTimeOffset Now, long Seed)
{
    /// <summary>The learner's name as the channel knows it, offered when the tutor asks for a name.</summary>
    public string? ChannelDisplayName { get; init; }
}
