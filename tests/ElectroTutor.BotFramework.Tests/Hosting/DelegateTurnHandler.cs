using ElectroTutor.BotFramework.Hosting;

namespace ElectroTutor.BotFramework.Tests.Hosting;

/// <summary>A turn handler made from a lambda.</summary>
internal sealed class DelegateTurnHandler(Func<BotTurnContext, CancellationToken, Task> handle) : IBotTurnHandler
{
    public int Calls => Volatile.Read(ref calls);

    private int calls;

    /// <summary>Echoes message text as <c>echo: …</c>.</summary>
    public static DelegateTurnHandler Echo() =>
        new((turn, cancellationToken) => turn.SendTextAsync($"echo: {turn.Activity.Text}", cancellationToken));

    public Task HandleAsync(BotTurnContext turn, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref calls);
        return handle(turn, cancellationToken);
    }
}
