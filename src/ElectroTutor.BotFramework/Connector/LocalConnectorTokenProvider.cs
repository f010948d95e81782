namespace ElectroTutor.BotFramework.Connector;

/// <summary>Local mode (no app id): outbound calls carry no <c>Authorization</c> header.</summary>
public sealed class LocalConnectorTokenProvider : IConnectorTokenProvider
{
    /// <summary>The one instance.</summary>
    public static readonly LocalConnectorTokenProvider Instance = new();

    private LocalConnectorTokenProvider()
    {
    }

    /// <inheritdoc />
    public ValueTask<string?> GetTokenAsync(bool forceRefresh, CancellationToken cancellationToken) => ValueTask.FromResult<string?>(null);
}
