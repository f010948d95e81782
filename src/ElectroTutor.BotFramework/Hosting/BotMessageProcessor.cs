using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using ElectroTutor.BotFramework.Authentication;
using ElectroTutor.BotFramework.Connector;
using ElectroTutor.BotFramework.Schema;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace ElectroTutor.BotFramework.Hosting;

/// <summary>
/// <c>POST /api/messages</c>: checks the request, reads and authenticates the activity, runs the turn under the
/// conversation's lock and answers as the Bot Framework expects (empty 200, <c>expectReplies</c> body, or invoke response).
/// </summary>
internal sealed class BotMessageProcessor(
    IOptions<BotFrameworkOptions> options, KeyedAsyncLock conversationLocks, TimeProvider time, ILogger<BotMessageProcessor> logger)
{
    private readonly BotFrameworkOptions settings = options.Value;

    public async Task ProcessAsync(HttpContext context)
    {
        try
        {
            await ProcessCoreAsync(context).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The caller disconnected; there is nobody to answer.
        }
#pragma warning disable CA1031 // An authenticator or service failure outside the turn still gets the generic JSON error.
        catch (Exception exception) when (!context.Response.HasStarted)
#pragma warning restore CA1031
        {
            BotMessageLog.RequestFailed(logger, exception);
            await WriteErrorAsync(context.Response, StatusCodes.Status500InternalServerError, "InternalError", "The bot failed to handle the activity.", context.RequestAborted).ConfigureAwait(false);
        }
    }

    private async Task ProcessCoreAsync(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        var aborted = context.RequestAborted;

        if (!HttpMethods.IsPost(request.Method))
        {
            response.Headers.Allow = HttpMethods.Post;
            await WriteErrorAsync(response, StatusCodes.Status405MethodNotAllowed, "MethodNotAllowed", "Only POST is accepted.", aborted).ConfigureAwait(false);
            return;
        }

        if (!IsUtf8Json(request.ContentType))
        {
            await WriteErrorAsync(response, StatusCodes.Status415UnsupportedMediaType, "UnsupportedMediaType", "The body must be application/json in UTF-8.", aborted).ConfigureAwait(false);
            return;
        }

        var body = await ReadBodyAsync(request, settings.MaxRequestBytes, aborted).ConfigureAwait(false);
        if (body is null)
        {
            await WriteErrorAsync(response, StatusCodes.Status413PayloadTooLarge, "PayloadTooLarge", $"The body exceeds {settings.MaxRequestBytes} bytes.", aborted).ConfigureAwait(false);
            return;
        }

        var read = ActivityReader.Read(body.Value.Span);
        if (!read.Succeeded)
        {
            BotMessageLog.BadActivity(logger, read.Error, read.Message);
            await WriteErrorAsync(response, StatusCodes.Status400BadRequest, "BadActivity", read.Message, aborted).ConfigureAwait(false);
            return;
        }

        var activity = read.Activity;
        var authenticator = context.RequestServices.GetRequiredService<IBotRequestAuthenticator>();
        var authentication = await authenticator
            .AuthenticateAsync(request.Headers.Authorization.ToString() is { Length: > 0 } header ? header : null, activity.ChannelId, activity.ServiceUrl, aborted)
            .ConfigureAwait(false);
        if (!authentication.Succeeded)
        {
            BotMessageLog.AuthenticationFailed(logger, activity.Type, activity.ChannelId, authentication.Failure);
            await WriteErrorAsync(response, StatusCodes.Status401Unauthorized, "Unauthorized", "The request is not authorized.", aborted).ConfigureAwait(false);
            return;
        }

        // After authentication, so that nobody without a token can use up a conversation's allowance.
        if (await RefusedOverConversationLimitAsync(context, activity).ConfigureAwait(false))
            return;

        if (!ActivityTypes.Known.Contains(activity.Type!))
        {
            BotMessageLog.UnknownActivityType(logger, activity.Type!);
            response.StatusCode = StatusCodes.Status200OK;
            return;
        }

        await RunTurnAsync(context, activity, authentication).ConfigureAwait(false);
    }

    /// <summary>Answers 429 and gives true when the activity's conversation is over its rate limit (if limits are registered).</summary>
    private async Task<bool> RefusedOverConversationLimitAsync(HttpContext context, Activity activity)
    {
        if (context.RequestServices.GetService<ConversationRateLimiter>() is not { } limiter)
            return false;

        using var lease = limiter.Acquire(ConversationKey(activity));
        if (lease.IsAcquired)
            return false;

        BotMessageLog.ConversationRateLimited(logger, activity.Type, activity.ChannelId);
        await RateLimitRejection.WriteAsync(context.Response, lease, context.RequestAborted).ConfigureAwait(false);
        return true;
    }

    private async Task RunTurnAsync(HttpContext context, Activity activity, BotAuthenticationResult authentication)
    {
        var response = context.Response;
        var aborted = context.RequestAborted;
        var expectReplies = activity.DeliveryMode == DeliveryModes.ExpectReplies;

        IReplyTarget target;
        if (expectReplies)
        {
            target = new BufferedReplyTarget();
        }
        else
        {
            var (serviceUrl, problem, status) = CheckReplyAddress(activity);
            if (serviceUrl is null)
            {
                await WriteErrorAsync(response, status, status == StatusCodes.Status403Forbidden ? "ServiceUrlNotAllowed" : "BadActivity", problem!, aborted).ConfigureAwait(false);
                return;
            }

            var connector = context.RequestServices.GetRequiredService<IConnectorClient>();
            target = new ConnectorReplyTarget(connector, serviceUrl, activity.Conversation!.Id!);
        }

        var handler = context.RequestServices.GetRequiredService<IBotTurnHandler>();
        BotTurnContext turn;
        Exception? failure;
        using (await conversationLocks.AcquireAsync(ConversationKey(activity), aborted).ConfigureAwait(false))
        {
            // Created under the lock so that time spent queued behind another turn does not count towards typing.
            using var outbox = new TurnOutbox(activity, target, time);
            turn = new BotTurnContext(activity, authentication.Identity, outbox);
            failure = await RunHandlerAsync(handler, turn, outbox, expectReplies, aborted).ConfigureAwait(false);
        }

        if (failure is not null)
        {
            BotMessageLog.TurnFailed(logger, failure, activity.Type, activity.Id, activity.ChannelId);
            await WriteErrorAsync(response, StatusCodes.Status500InternalServerError, "InternalError", "The bot failed to handle the activity.", aborted).ConfigureAwait(false);
            return;
        }

        await WriteTurnResultAsync(response, activity, turn, target, aborted).ConfigureAwait(false);
    }

    /// <summary>Runs the handler with the typing indicator beside it; gives the handler's exception, if any.</summary>
    private async Task<Exception?> RunHandlerAsync(IBotTurnHandler handler, BotTurnContext turn, TurnOutbox outbox, bool expectReplies, CancellationToken aborted)
    {
        using var typingStop = CancellationTokenSource.CreateLinkedTokenSource(aborted);
        var typing = settings.SendTypingIndicator && !expectReplies && turn.Activity.Type == ActivityTypes.Message
            ? TypingIndicator.RunAsync(outbox, settings.TypingDelay, settings.TypingInterval, time, logger, typingStop.Token)
            : Task.CompletedTask;
        try
        {
            await handler.HandleAsync(turn, aborted).ConfigureAwait(false);
            return null;
        }
        catch (OperationCanceledException) when (aborted.IsCancellationRequested)
        {
            throw; // The caller is gone; nobody reads the answer.
        }
#pragma warning disable CA1031 // Any failure of the bot's logic becomes a logged 500, never a crash or a leaked detail.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            return exception;
        }
        finally
        {
            await typingStop.CancelAsync().ConfigureAwait(false);
            await typing.ConfigureAwait(false);
            await outbox.EndAsync().ConfigureAwait(false);
        }
    }

    private async Task WriteTurnResultAsync(HttpResponse response, Activity activity, BotTurnContext turn, IReplyTarget target, CancellationToken aborted)
    {
        if (target is BufferedReplyTarget buffered)
        {
            await WriteJsonAsync(response, StatusCodes.Status200OK, new ExpectedReplies(buffered.Replies), BotJsonContext.Wire.ExpectedReplies, aborted).ConfigureAwait(false);
            return;
        }

        if (activity.Type != ActivityTypes.Invoke)
        {
            response.StatusCode = StatusCodes.Status200OK;
            return;
        }

        var invokeResponse = turn.InvokeResponse;
        if (invokeResponse is null)
        {
            response.StatusCode = StatusCodes.Status501NotImplemented;
            return;
        }

        if (invokeResponse.Status is < 100 or > 599)
        {
            BotMessageLog.InvalidInvokeStatus(logger, invokeResponse.Status);
            await WriteErrorAsync(response, StatusCodes.Status500InternalServerError, "InternalError", "The bot failed to handle the activity.", aborted).ConfigureAwait(false);
            return;
        }

        if (invokeResponse.Body is null)
        {
            response.StatusCode = invokeResponse.Status;
            return;
        }

        await WriteJsonAsync(response, invokeResponse.Status, invokeResponse.Body, BotJsonContext.Wire.JsonNode, aborted).ConfigureAwait(false);
    }

    /// <summary>Where replies go in normal delivery mode, or why they cannot go anywhere (with the HTTP status to answer).</summary>
    private (Uri? ServiceUrl, string? Problem, int Status) CheckReplyAddress(Activity activity)
    {
        var serviceUrl = ServiceUrlPolicy.Parse(activity.ServiceUrl);
        if (serviceUrl is null || string.IsNullOrEmpty(activity.Conversation?.Id))
        {
            const string problem = "Replies need an absolute http(s) 'serviceUrl' and a 'conversation.id' (or deliveryMode 'expectReplies').";
            BotMessageLog.Unaddressable(logger, activity.Type, problem);
            return (null, problem, StatusCodes.Status400BadRequest);
        }

        if (settings.IsLocalMode && !ServiceUrlPolicy.IsAllowedInLocalMode(serviceUrl, settings.AllowedServiceUrls))
        {
            BotMessageLog.ServiceUrlRefused(logger, serviceUrl.ToString());
            return (null, "The serviceUrl is not allowed.", StatusCodes.Status403Forbidden);
        }

        return (serviceUrl, null, StatusCodes.Status200OK);
    }

    /// <summary>Turns of one conversation run one at a time; ids are opaque, so the key is compared ordinally.</summary>
    internal static string ConversationKey(Activity activity) => $"{activity.ChannelId}\n{activity.Conversation?.Id}";

    private static bool IsUtf8Json(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var mediaType)
        && mediaType.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
        && (!mediaType.Charset.HasValue || mediaType.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase));

    /// <summary>The body, or null when it is longer than <paramref name="limit"/> (checked before and while reading).</summary>
    private static async Task<ReadOnlyMemory<byte>?> ReadBodyAsync(HttpRequest request, long limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit)
            return null;

        using var buffer = new MemoryStream((int)Math.Min(request.ContentLength ?? 4096, limit));
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int count;
            while ((count = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + count > limit)
                    return null;
                buffer.Write(chunk, 0, count);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
    }

    private static Task WriteErrorAsync(HttpResponse response, int status, string code, string message, CancellationToken cancellationToken) =>
        WriteJsonAsync(response, status, new ErrorResponse(new ErrorDetail(code, message)), BotJsonContext.Wire.ErrorResponse, cancellationToken);

    private static async Task WriteJsonAsync<T>(HttpResponse response, int status, T value, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
    {
        response.StatusCode = status;
        response.ContentType = "application/json; charset=utf-8";
        await JsonSerializer.SerializeAsync(response.Body, value, typeInfo, cancellationToken).ConfigureAwait(false);
    }
}
