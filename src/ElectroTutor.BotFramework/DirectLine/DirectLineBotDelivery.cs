using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ElectroTutor.BotFramework.DirectLine;

/// <summary>Hands one activity to the bot within the bot's time limit and turns every failure into a message.</summary>
internal sealed class DirectLineBotDelivery(IDirectLineBot bot, IOptions<DirectLineOptions> options, ILogger<DirectLineBotDelivery> logger)
{
    private readonly TimeSpan _timeout = options.Value.BotTimeout;

    /// <summary>Delivers the activity; returns null on success, else why the bot failed (for a 502 BotError).</summary>
    public async Task<string?> DeliverAsync(JsonObject activity, string conversationId, CancellationToken requestAborted)
    {
        var type = activity["type"] is JsonValue value && value.TryGetValue(out string? text) ? text : "(untyped)";
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(requestAborted);
        deadline.CancelAfter(_timeout);
        try
        {
            // WaitAsync also bounds a bot that ignores its cancellation token.
            if (await bot.DeliverAsync(activity, deadline.Token).WaitAsync(deadline.Token)) return null;
            DirectLineLog.BotRefused(logger, type, conversationId);
            return "The bot could not handle the activity.";
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !requestAborted.IsCancellationRequested)
        {
            DirectLineLog.BotTimedOut(logger, _timeout, type, conversationId);
            return $"The bot did not answer within {_timeout.TotalSeconds:0} seconds.";
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            DirectLineLog.BotThrew(logger, exception, type, conversationId);
            return "The bot failed while handling the activity.";
        }
    }
}
