using System.Text.Json.Nodes;

namespace ElectroTutor.BotFramework.DirectLine;

/// <summary>
/// The bot behind the local Direct Line. Each user activity (and the <c>conversationUpdate</c> that starts a
/// conversation) is handed over already stamped as a channel would stamp it: <c>id</c>, <c>timestamp</c>,
/// <c>channelId</c> <c>directline</c>, <c>conversation</c>, <c>from</c>, <c>recipient</c> and <c>serviceUrl</c>.
/// The bot answers by posting to <c>{serviceUrl}/v3/conversations/{conversationId}/activities[/{replyToId}]</c>
/// (or, in process, through <see cref="DirectLineConversations.SendToConversation"/>), exactly as it would answer Azure.
/// </summary>
public interface IDirectLineBot
{
    /// <summary>Delivers one activity and waits until the bot has taken its turn.</summary>
    /// <param name="activity">The stamped activity; the bot owns this object and may change it.</param>
    /// <param name="cancellationToken">Cancelled when the client goes away or the bot's time is up.</param>
    /// <returns>True when the bot accepted the activity; false makes the client's post fail with 502 BotError.</returns>
    Task<bool> DeliverAsync(JsonObject activity, CancellationToken cancellationToken);
}
