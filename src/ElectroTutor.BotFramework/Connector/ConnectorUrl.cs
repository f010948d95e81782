using System.Text;

namespace ElectroTutor.BotFramework.Connector;

/// <summary>Builds connector REST URLs under a conversation's service URL, keeping its path (Teams: <c>/amer/</c>, <c>/teams/</c>).</summary>
public static class ConnectorUrl
{
    /// <summary>
    /// <c>{serviceUrl}/v3/conversations/{conversationId}/activities[/{activityId}]</c>, joined with single slashes, ids escaped
    /// (Teams ids hold <c>:</c>, <c>;</c>, <c>@</c>, <c>=</c>), query and fragment of the service URL dropped.
    /// </summary>
    /// <param name="serviceUrl">An absolute http or https URL.</param>
    /// <param name="conversationId">The conversation id, not empty.</param>
    /// <param name="activityId">The activity replied to or replaced, or null/empty for the conversation itself.</param>
    public static Uri Activities(Uri serviceUrl, string conversationId, string? activityId)
    {
        ArgumentNullException.ThrowIfNull(serviceUrl);
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        if (!IsUsableServiceUrl(serviceUrl))
        {
            throw new ArgumentException($"serviceUrl '{serviceUrl}' is not an absolute http or https URL.", nameof(serviceUrl));
        }

        var url = new StringBuilder(serviceUrl.GetLeftPart(UriPartial.Path).TrimEnd('/'))
            .Append("/v3/conversations/").Append(Uri.EscapeDataString(conversationId)).Append("/activities");
        if (!string.IsNullOrEmpty(activityId))
        {
            url.Append('/').Append(Uri.EscapeDataString(activityId));
        }

        return new Uri(url.ToString());
    }

    /// <summary>True for an absolute http or https URL, the only kind a connector can live at.</summary>
    public static bool IsUsableServiceUrl(Uri serviceUrl) =>
        serviceUrl is { IsAbsoluteUri: true } && (serviceUrl.Scheme == Uri.UriSchemeHttps || serviceUrl.Scheme == Uri.UriSchemeHttp);
}
