namespace ElectroTutor.BotFramework.Connector;

/// <summary>
/// Keeps the last token until <see cref="RefreshMargin"/> before it expires (or half its lifetime for short-lived tokens) and
/// lets one caller at a time fetch a new one.
/// </summary>
public abstract class CachingConnectorTokenProvider : IConnectorTokenProvider, IDisposable
{
    /// <summary>How long before expiry a cached token is replaced.</summary>
    public static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim gate = new(1, 1);
    private CachedToken? cached;

    /// <summary>Creates the cache on the given clock.</summary>
    protected CachingConnectorTokenProvider(TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        TimeProvider = timeProvider;
    }

    /// <summary>The clock tokens are timed with.</summary>
    protected TimeProvider TimeProvider { get; }

    /// <inheritdoc />
    public async ValueTask<string?> GetTokenAsync(bool forceRefresh, CancellationToken cancellationToken)
    {
        var seen = Volatile.Read(ref cached);
        if (!forceRefresh && IsFresh(seen))
        {
            return seen!.Token.Value;
        }

        await gate.WaitAsync(cancellationToken);
        try
        {
            // Another caller may have fetched a token while this one waited; a forced refresh accepts only a newer one.
            var current = Volatile.Read(ref cached);
            if (IsFresh(current) && (!forceRefresh || !ReferenceEquals(current, seen)))
            {
                return current!.Token.Value;
            }

            var requestedAt = TimeProvider.GetUtcNow();
            var token = await RequestTokenAsync(cancellationToken);
            var lifetime = token.ExpiresAt - requestedAt;
            var refreshAt = requestedAt + (lifetime > 2 * RefreshMargin ? lifetime - RefreshMargin : lifetime / 2);
            Volatile.Write(ref cached, new CachedToken(token, refreshAt));
            return token.Value;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Asks the identity provider for a new token.</summary>
    /// <exception cref="ConnectorTokenException">The request failed.</exception>
    protected abstract Task<ConnectorAccessToken> RequestTokenAsync(CancellationToken cancellationToken);

    /// <summary>Releases the refresh lock.</summary>
    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            gate.Dispose();
        }
    }

    private bool IsFresh(CachedToken? token) => token is not null && TimeProvider.GetUtcNow() < token.RefreshAt;

    private sealed record CachedToken(ConnectorAccessToken Token, DateTimeOffset RefreshAt);
}
