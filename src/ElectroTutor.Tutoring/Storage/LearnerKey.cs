namespace ElectroTutor.Tutoring.Storage;

/// <summary>
/// Who a learner is, as a channel knows them: the channel's id (e.g. <c>msteams</c>, <c>directline</c>, <c>cli</c>)
/// and that channel's user id. The same person on two channels is two learners.
/// </summary>
/// <param name="ChannelId">The channel id; non-empty, compared ordinally.</param>
/// <param name="UserId">The user id within the channel; non-empty, compared ordinally.</param>
public sealed record LearnerKey(string ChannelId, string UserId)
{
    /// <summary>The key as <c>channel:user</c>, for logs and the command line.</summary>
    public override string ToString() => $"{ChannelId}:{UserId}";
}
