using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace ElectroTutor.BotFramework.DirectLine;

/// <summary>
/// The bot-facing Connector API of the local channel, at <c>{serviceUrl}v3/conversations/…</c>: where a bot posts its
/// replies, exactly as it would to Azure. No credentials are taken (local mode), so by default only callers on this
/// machine are served.
/// </summary>
internal sealed class DirectLineConnectorEndpoints(DirectLineConversations conversations, IOptions<DirectLineOptions> options)
{
    private readonly DirectLineOptions _options = options.Value;

    /// <summary><c>POST conversations/{id}/activities[/{replyToId}]</c>: appends the bot's activity; 200 <c>{id}</c>.</summary>
    public async Task<IResult> SendAsync(HttpContext context, string conversationId, string? replyToId)
    {
        var (activity, error) = await ReadActivityAsync(context);
        if (error is not null) return error;
        var id = conversations.SendToConversation(conversationId, activity!, replyToId);
        return id is null ? DirectLineErrors.ConversationNotFound() : Results.Json(new { id });
    }

    /// <summary><c>PUT conversations/{id}/activities/{activityId}</c>: replaces an activity; 200 <c>{id}</c>.</summary>
    public async Task<IResult> UpdateAsync(HttpContext context, string conversationId, string activityId)
    {
        var (activity, error) = await ReadActivityAsync(context);
        if (error is not null) return error;
        if (conversations.UpdateActivity(conversationId, activityId, activity!)) return Results.Json(new { id = activityId });
        return conversations.Find(conversationId) is null ? DirectLineErrors.ConversationNotFound() : DirectLineErrors.ActivityNotFound();
    }

    private async Task<(JsonObject? Activity, IResult? Error)> ReadActivityAsync(HttpContext context)
    {
        if (_options.ConnectorLoopbackOnly && context.Connection.RemoteIpAddress is { } address && !IPAddress.IsLoopback(address))
        {
            return (null, DirectLineErrors.NotLoopback());
        }

        var (activity, error) = await JsonRequestBody.ReadObjectAsync(context.Request, _options.MaxActivityBytes, allowEmpty: false, context.RequestAborted);
        if (error is not null) return (null, error);
        if (activity!["type"] is not JsonValue type || !type.TryGetValue(out string? typeName) || string.IsNullOrWhiteSpace(typeName))
        {
            return (null, DirectLineErrors.BadArgument("The activity needs a \"type\" string."));
        }

        return (activity, null);
    }
}
