using Microsoft.Extensions.Logging;

namespace ElectroTutor.BotFramework.Hosting;

/// <summary>Keeps a typing indicator up while a turn runs long: first after the delay, then every interval of silence.</summary>
internal static class TypingIndicator
{
    /// <summary>Runs until <paramref name="cancellationToken"/> fires; a failed typing send is logged and ends the loop, never the turn.</summary>
    public static async Task RunAsync(
        TurnOutbox outbox, TimeSpan delay, TimeSpan interval, TimeProvider time, ILogger logger, CancellationToken cancellationToken)
    {
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var wait = outbox.TimeUntilTyping(delay, interval);
                if (wait > TimeSpan.Zero)
                    await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
                else
                    await outbox.SendTypingIfDueAsync(delay, interval, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The turn is over.
        }
#pragma warning disable CA1031 // Typing is cosmetic: whatever the connector throws must not fail the turn.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            BotMessageLog.TypingFailed(logger, exception);
        }
    }
}
