using ElectroTutor.BotFramework.Connector;

namespace ElectroTutor.BotFramework.Tests.Connector;

/// <summary>Hands out "token-1", then "token-2" after each forced refresh, and counts the requests.</summary>
public sealed class CountingTokenProvider : IConnectorTokenProvider
{
    private int issued = 1;

    public int ForcedRefreshes { get; private set; }

    public ValueTask<string?> GetTokenAsync(bool forceRefresh, CancellationToken cancellationToken)
    {
        if (forceRefresh)
        {
            ForcedRefreshes++;
            issued++;
        }

        return ValueTask.FromResult<string?>($"token-{issued}");
    }
}
