using System.Net;
using System.Text.Json;
using ElectroTutor.BotFramework.Connector;
using ElectroTutor.BotFramework.Schema;

namespace ElectroTutor.BotFramework.Hosting;

/// <summary>Posts replies to the conversation's service URL through the connector client.</summary>
internal sealed class ConnectorReplyTarget(IConnectorClient connector, Uri serviceUrl, string conversationId) : IReplyTarget
{
    public async Task<ResourceResponse> SendAsync(Activity reply, CancellationToken cancellationToken)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(reply, BotJsonContext.Wire.Activity);
        var response = await connector.SendActivityAsync(serviceUrl, conversationId, reply.ReplyToId, json, cancellationToken).ConfigureAwait(false);
        return Check(response);
    }

    public async Task<ResourceResponse> UpdateAsync(string activityId, Activity activity, CancellationToken cancellationToken)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(activity, BotJsonContext.Wire.Activity);
        var response = await connector.UpdateActivityAsync(serviceUrl, conversationId, activityId, json, cancellationToken).ConfigureAwait(false);
        return Check(response);
    }

    private static ResourceResponse Check(ConnectorResponse response)
    {
        if (!response.Succeeded)
        {
            throw new HttpRequestException(
                $"The channel did not accept the activity (status {response.StatusCode}): {response.Error ?? "no detail given"}.",
                inner: null,
                response.StatusCode == 0 ? null : (HttpStatusCode)response.StatusCode);
        }

        return new ResourceResponse(response.ActivityId);
    }
}
