using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ElectroTutor.BotFramework.Schema;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace ElectroTutor.BotFramework.DirectLine;

/// <summary>
/// The client half of Direct Line 3.0 that Web Chat (directlinejs) uses: tokens, conversations, posting and polling
/// activities, and the WebSocket stream. Every call but <c>tokens/generate</c> and an anonymous <c>conversations</c>
/// needs <c>Authorization: Bearer &lt;token&gt;</c> for the conversation it names.
/// </summary>
internal sealed class DirectLineClientEndpoints(
    DirectLineConversations conversations,
    DirectLineTokenIssuer tokens,
    DirectLineBotDelivery delivery,
    DirectLineStream stream,
    IOptions<DirectLineOptions> options,
    TimeProvider timeProvider)
{
    private const int MaxSmallBodyBytes = 4 * 1024;
    private const int MaxUserIdLength = 128;
    private readonly DirectLineOptions _options = options.Value;

    /// <summary><c>POST tokens/generate</c>: reserves a conversation for a user (body <c>{user:{id,name}}</c>, optional).</summary>
    public async Task<IResult> GenerateTokenAsync(HttpContext context)
    {
        var (body, error) = await JsonRequestBody.ReadObjectAsync(context.Request, MaxSmallBodyBytes, allowEmpty: true, context.RequestAborted);
        if (error is not null) return error;
        var (userId, userName, userError) = ReadUser(body);
        if (userError is not null) return userError;

        var conversation = conversations.Create(userId ?? NewUserId(), userName);
        return Results.Json(Describe(conversation, context, streamPath: null));
    }

    /// <summary><c>POST tokens/refresh</c>: a fresh token for the same user and conversation.</summary>
    public IResult RefreshToken(HttpContext context)
    {
        var (token, conversation, error) = Authorize(context, conversationId: null);
        if (error is not null) return error;
        return Results.Json(Describe(conversation!, context, streamPath: null, token!.UserId));
    }

    /// <summary>
    /// <c>POST conversations</c>: starts the token's conversation (201, and the bot receives <c>conversationUpdate</c>),
    /// or returns it again if already started (200). Without a token a new conversation is opened for the body's user.
    /// </summary>
    public async Task<IResult> StartConversationAsync(HttpContext context)
    {
        var (body, bodyError) = await JsonRequestBody.ReadObjectAsync(context.Request, MaxSmallBodyBytes, allowEmpty: true, context.RequestAborted);
        if (bodyError is not null) return bodyError;

        DirectLineConversation conversation;
        if (BearerToken(context.Request) is null)
        {
            var (userId, userName, userError) = ReadUser(body);
            if (userError is not null) return userError;
            conversation = conversations.Create(userId ?? NewUserId(), userName);
        }
        else
        {
            var (_, authorized, error) = Authorize(context, conversationId: null);
            if (error is not null) return error;
            conversation = authorized!;
        }

        var streamPath = context.Request.Path.Value!.TrimEnd('/') + "/" + conversation.Id + "/stream";
        var description = Describe(conversation, context, streamPath);
        if (!conversation.TryStart()) return Results.Json(description);

        // A greeting that fails must not lock the learner out: the failure is logged and the conversation still opens.
        var update = DirectLineActivityStamp.ConversationUpdate(conversation, _options, ServiceUrl(context.Request));
        conversation.Append(update, timeProvider.GetUtcNow());
        await delivery.DeliverAsync(update, conversation.Id, context.RequestAborted);
        return Results.Json(description, statusCode: StatusCodes.Status201Created);
    }

    /// <summary><c>GET conversations/{id}?watermark=</c>: reconnect, with a fresh token and stream URL.</summary>
    public IResult Reconnect(HttpContext context, string conversationId)
    {
        var (token, conversation, error) = Authorize(context, conversationId);
        if (error is not null) return error;
        var streamPath = context.Request.Path.Value!.TrimEnd('/') + "/stream";
        return Results.Json(Describe(conversation!, context, streamPath, token!.UserId, context.Request.Query["watermark"].ToString()));
    }

    /// <summary>
    /// <c>POST conversations/{id}/activities</c>: stamps the activity, appends it (the echo Web Chat waits for), then
    /// hands it to the bot. 200 <c>{id}</c>, or 502 BotError if the bot failed (the activity stays in the transcript).
    /// </summary>
    public async Task<IResult> PostActivityAsync(HttpContext context, string conversationId)
    {
        var (_, conversation, error) = Authorize(context, conversationId);
        if (error is not null) return error;

        var (activity, bodyError) = await JsonRequestBody.ReadObjectAsync(context.Request, _options.MaxActivityBytes, allowEmpty: false, context.RequestAborted);
        if (bodyError is not null) return bodyError;
        if (activity!["type"] is not JsonValue type || !type.TryGetValue(out string? typeName) || string.IsNullOrWhiteSpace(typeName))
        {
            return DirectLineErrors.BadArgument("The activity needs a \"type\" string.");
        }

        // The bot reads it as a Bot Framework activity: a field of the wrong kind is the client's error (400), not the bot's (502).
        var read = ActivityReader.Read(JsonSerializer.SerializeToUtf8Bytes<JsonNode>(activity, BotJsonContext.Default.JsonNode));
        if (!read.Succeeded) return DirectLineErrors.BadArgument(read.Message);

        DirectLineActivityStamp.FromUser(activity, conversation!, _options, ServiceUrl(context.Request));
        var entry = conversation!.Append(activity, timeProvider.GetUtcNow());
        var failure = await delivery.DeliverAsync(activity, conversation.Id, context.RequestAborted);
        return failure is null ? Results.Json(new { id = entry.Id }) : DirectLineErrors.BotError(failure);
    }

    /// <summary>
    /// <c>GET conversations/{id}/activities?watermark=</c>: everything after the watermark. Never a 5xx: directlinejs
    /// stops polling for good on any status but 403 and 404.
    /// </summary>
    public IResult GetActivities(HttpContext context, string conversationId)
    {
        var (_, conversation, error) = Authorize(context, conversationId);
        if (error is not null) return error;
        if (!TryReadWatermark(context.Request, out var watermark))
        {
            return DirectLineErrors.BadArgument("The watermark must be a value this server returned.");
        }

        // Like Azure, polling never delivers typing; only the stream does.
        var slice = conversation!.ReadAfter(watermark, e => e.Type is not ("conversationUpdate" or "typing"));
        return Results.Content(ActivitySet.ToJson(slice), "application/json; charset=utf-8");
    }

    /// <summary><c>GET conversations/{id}/stream</c>: the WebSocket carrying ActivitySet frames (typing included).</summary>
    public async Task<IResult> StreamAsync(HttpContext context, string conversationId)
    {
        var (_, conversation, error) = Authorize(context, conversationId, context.Request.Query["t"].ToString());
        if (error is not null) return error;
        if (!context.WebSockets.IsWebSocketRequest) return DirectLineErrors.BadArgument("The stream needs a WebSocket request.");
        if (!TryReadWatermark(context.Request, out var watermark))
        {
            return DirectLineErrors.BadArgument("The watermark must be a value this server returned.");
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        await stream.RunAsync(socket, conversation!, watermark, context.RequestAborted);
        return Results.Empty;
    }

    /// <summary><c>POST conversations/{id}/upload</c>: attachments are not supported locally.</summary>
    public static IResult Upload() => DirectLineErrors.UploadNotSupported();

    private (DirectLineToken? Token, DirectLineConversation? Conversation, IResult? Error) Authorize(
        HttpContext context, string? conversationId, string? queryToken = null)
    {
        var token = tokens.Validate(BearerToken(context.Request) ?? NullIfEmpty(queryToken));
        if (token is null || (conversationId is not null && !string.Equals(token.ConversationId, conversationId, StringComparison.Ordinal)))
        {
            return (null, null, DirectLineErrors.Forbidden());
        }

        var conversation = conversations.Find(token.ConversationId);
        if (conversation is null)
        {
            return (null, null, conversationId is null ? DirectLineErrors.Forbidden() : DirectLineErrors.ConversationNotFound());
        }

        return (token, conversation, null);
    }

    private object Describe(DirectLineConversation conversation, HttpContext context, string? streamPath, string? userId = null, string? watermark = null)
    {
        var token = tokens.Issue(userId ?? conversation.UserId, conversation.Id);
        var expiresIn = (int)tokens.Lifetime.TotalSeconds;
        if (streamPath is null) return new { conversationId = conversation.Id, token, expires_in = expiresIn };

        var request = context.Request;
        var scheme = request.IsHttps ? "wss" : "ws";
        var streamUrl = $"{scheme}://{request.Host}{request.PathBase}{streamPath}?t={Uri.EscapeDataString(token)}";
        if (!string.IsNullOrEmpty(watermark)) streamUrl += "&watermark=" + Uri.EscapeDataString(watermark);
        return new { conversationId = conversation.Id, token, expires_in = expiresIn, streamUrl };
    }

    private static (string? UserId, string? UserName, IResult? Error) ReadUser(JsonObject? body)
    {
        if (body?["user"] is not JsonObject user) return (null, null, null);
        var id = user["id"] is JsonValue idValue && idValue.TryGetValue(out string? idText) ? idText : null;
        var name = user["name"] is JsonValue nameValue && nameValue.TryGetValue(out string? nameText) ? nameText : null;
        if (id is not null && (id.Length is 0 or > MaxUserIdLength || id.Any(char.IsControl)))
        {
            return (null, null, DirectLineErrors.BadArgument($"user.id must be 1 to {MaxUserIdLength} printable characters."));
        }

        if (name is not null && (name.Length > MaxUserIdLength || name.Any(char.IsControl)))
        {
            return (null, null, DirectLineErrors.BadArgument($"user.name must be at most {MaxUserIdLength} printable characters."));
        }

        return (id, name, null);
    }

    private static bool TryReadWatermark(HttpRequest request, out long watermark)
    {
        var text = request.Query["watermark"].ToString();
        watermark = 0;
        return text.Length == 0
            || (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out watermark) && watermark >= 0);
    }

    /// <summary>The token after <c>Bearer</c>; directlinejs sends <c>Bearer undefined</c> when it has none.</summary>
    private static string? BearerToken(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return null;
        var token = header["Bearer ".Length..].Trim();
        return token is "" or "undefined" or "null" ? null : token;
    }

    private static string? NullIfEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;

    private static string ServiceUrl(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}/";

    private static string NewUserId() => "dl_" + Guid.NewGuid().ToString("N");
}
