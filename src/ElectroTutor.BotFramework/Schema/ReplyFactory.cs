namespace ElectroTutor.BotFramework.Schema;

/// <summary>
/// Addresses replies the way Bot Builder does: the reply goes back into the inbound activity's conversation, from the bot
/// (the inbound recipient) to the sender, in the sender's locale unless the reply names one, and answers the inbound activity.
/// </summary>
public static class ReplyFactory
{
    /// <summary>A message replying to <paramref name="inbound"/>.</summary>
    /// <param name="inbound">The activity being answered.</param>
    /// <param name="text">The reply text, or null for a message that carries only attachments or actions.</param>
    public static Activity CreateReply(this Activity inbound, string? text = null)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        return inbound.AddressReply(new Activity { Type = ActivityTypes.Message, Text = text });
    }

    /// <summary>
    /// Fills in what <paramref name="reply"/> leaves unset: <c>type</c> (message), <c>channelId</c>, <c>conversation</c>,
    /// <c>from</c> (the inbound recipient), <c>recipient</c> (the inbound sender), <c>locale</c> and <c>replyToId</c>
    /// (<see cref="ReplyToIdFor"/>). Fields the reply sets are kept.
    /// </summary>
    /// <param name="inbound">The activity being answered.</param>
    /// <param name="reply">The outgoing activity as the bot built it.</param>
    public static Activity AddressReply(this Activity inbound, Activity reply)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        ArgumentNullException.ThrowIfNull(reply);
        return reply with
        {
            Type = reply.Type ?? ActivityTypes.Message,
            ChannelId = reply.ChannelId ?? inbound.ChannelId,
            Conversation = reply.Conversation ?? inbound.Conversation,
            From = reply.From ?? inbound.Recipient,
            Recipient = reply.Recipient ?? inbound.From,
            Locale = string.IsNullOrEmpty(reply.Locale) ? inbound.Locale : reply.Locale,
            ReplyToId = reply.ReplyToId ?? ReplyToIdFor(inbound),
        };
    }

    /// <summary>
    /// The <c>replyToId</c> for replies to <paramref name="inbound"/>: its id, except for a <c>conversationUpdate</c> on
    /// Direct Line or Web Chat, whose id never appears in the client's transcript (Web Chat would hold such a reply back).
    /// </summary>
    /// <param name="inbound">The activity being answered.</param>
    public static string? ReplyToIdFor(Activity inbound)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        var hiddenFromTranscript = inbound.Type == ActivityTypes.ConversationUpdate
            && inbound.ChannelId is "directline" or "webchat";
        return hiddenFromTranscript ? null : inbound.Id;
    }
}
