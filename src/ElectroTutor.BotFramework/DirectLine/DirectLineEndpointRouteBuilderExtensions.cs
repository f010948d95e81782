using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using ElectroTutor.BotFramework.Hosting;
using Microsoft.AspNetCore.Routing;

namespace ElectroTutor.BotFramework.DirectLine;

/// <summary>Maps the local Direct Line's routes.</summary>
public static class DirectLineEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps the Direct Line 3.0 client routes under <paramref name="prefix"/> and the bot-facing Connector routes under
    /// <c>/v3/conversations</c> (the bot's <c>serviceUrl</c> is this server's origin). The WebSocket stream also needs
    /// <c>app.UseWebSockets()</c> earlier in the pipeline; without it clients must poll. Token minting, conversation starts and
    /// posted activities carry a <see cref="RateLimitedArea"/> for the rate limits of <c>AddBotRateLimits</c>.
    /// </summary>
    public static LocalDirectLineEndpoints MapLocalDirectLine(this IEndpointRouteBuilder endpoints, string prefix = "/v3/directline")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var client = endpoints.MapGroup(prefix);
        client.MapPost("/tokens/generate", (HttpContext c, DirectLineClientEndpoints api) => api.GenerateTokenAsync(c)).WithMetadata(RateLimitedArea.DirectLineToken);
        client.MapPost("/tokens/refresh", (HttpContext c, DirectLineClientEndpoints api) => api.RefreshToken(c)).WithMetadata(RateLimitedArea.DirectLineToken);
        client.MapPost("/conversations", (HttpContext c, DirectLineClientEndpoints api) => api.StartConversationAsync(c)).WithMetadata(RateLimitedArea.DirectLineToken);
        client.MapGet("/conversations/{conversationId}", (HttpContext c, string conversationId, DirectLineClientEndpoints api) => api.Reconnect(c, conversationId));
        client.MapPost("/conversations/{conversationId}/activities", (HttpContext c, string conversationId, DirectLineClientEndpoints api) => api.PostActivityAsync(c, conversationId)).WithMetadata(RateLimitedArea.DirectLineActivity);
        client.MapGet("/conversations/{conversationId}/activities", (HttpContext c, string conversationId, DirectLineClientEndpoints api) => api.GetActivities(c, conversationId));
        client.MapGet("/conversations/{conversationId}/stream", (HttpContext c, string conversationId, DirectLineClientEndpoints api) => api.StreamAsync(c, conversationId));
        client.MapPost("/conversations/{conversationId}/upload", DirectLineClientEndpoints.Upload);

        var connector = endpoints.MapGroup("/v3/conversations");
        connector.MapPost("/{conversationId}/activities", (HttpContext c, string conversationId, DirectLineConnectorEndpoints api) => api.SendAsync(c, conversationId, replyToId: null));
        connector.MapPost("/{conversationId}/activities/{replyToId}", (HttpContext c, string conversationId, string replyToId, DirectLineConnectorEndpoints api) => api.SendAsync(c, conversationId, replyToId));
        connector.MapPut("/{conversationId}/activities/{activityId}", (HttpContext c, string conversationId, string activityId, DirectLineConnectorEndpoints api) => api.UpdateAsync(c, conversationId, activityId));
        return new LocalDirectLineEndpoints(client, connector);
    }
}
