namespace ElectroTutor.BotFramework.Connector;

/// <summary>
/// Sends activities to a channel's connector service (the activity's <c>serviceUrl</c>): Teams, Azure Direct Line, or the
/// local Direct Line. The activity is passed already serialized so this layer needs no schema types.
/// </summary>
public interface IConnectorClient
{
    /// <summary>
    /// Posts an activity to <c>{serviceUrl}/v3/conversations/{conversationId}/activities[/{replyToId}]</c>, authenticating
    /// and retrying as configured.
    /// </summary>
    /// <param name="serviceUrl">The conversation's service URL; its path is kept.</param>
    /// <param name="conversationId">The conversation id, escaped by the client.</param>
    /// <param name="replyToId">The activity replied to, or null to send to the conversation.</param>
    /// <param name="activityJson">The activity as UTF-8 JSON.</param>
    /// <param name="cancellationToken">Cancels the send and its retries.</param>
    Task<ConnectorResponse> SendActivityAsync(Uri serviceUrl, string conversationId, string? replyToId, ReadOnlyMemory<byte> activityJson, CancellationToken cancellationToken = default);

    /// <summary>Replaces an activity already sent (<c>PUT …/activities/{activityId}</c>), e.g. to lock an answered card.</summary>
    Task<ConnectorResponse> UpdateActivityAsync(Uri serviceUrl, string conversationId, string activityId, ReadOnlyMemory<byte> activityJson, CancellationToken cancellationToken = default);
}
