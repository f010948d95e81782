namespace ElectroTutor.BotFramework.Connector;

/// <summary>Supplies the bearer token for outbound calls to the connector.</summary>
public interface IConnectorTokenProvider
{
    /// <summary>
    /// Returns a token valid for a few minutes at least, from the cache when possible, or null when calls go without one
    /// (local mode).
    /// </summary>
    /// <param name="forceRefresh">Ignore the cached token, e.g. because the connector just rejected it with 401.</param>
    /// <param name="cancellationToken">Cancels the token request.</param>
    /// <exception cref="ConnectorTokenException">The identity provider refused or could not be reached.</exception>
    ValueTask<string?> GetTokenAsync(bool forceRefresh, CancellationToken cancellationToken);
}
