namespace ElectroTutor.BotFramework.Hosting;

/// <summary>The bot's logic: called once per inbound activity of a known type, one turn at a time per conversation.</summary>
public interface IBotTurnHandler
{
    /// <summary>
    /// Handles one turn. Reply through <paramref name="turn"/>; for <c>invoke</c> activities set
    /// <see cref="BotTurnContext.InvokeResponse"/>. An exception becomes a logged 500.
    /// </summary>
    /// <param name="turn">The inbound activity and the ways to answer it.</param>
    /// <param name="cancellationToken">Signalled when the caller disconnects.</param>
    Task HandleAsync(BotTurnContext turn, CancellationToken cancellationToken);
}
