using System.Text.Json;

namespace ElectroTutor.BotFramework.Authentication;

/// <summary>
/// The Bot Connector's signing keys, fetched from the OpenID metadata's <c>jwks_uri</c> and kept for
/// <see cref="BotAuthenticationOptions.KeyRefreshInterval"/>. A token naming an unknown <c>kid</c> triggers an early refresh
/// (keys rotate) at most once per <see cref="BotAuthenticationOptions.UnknownKeyRefreshInterval"/>. When a refresh fails
/// the last keys that were fetched stay in use.
/// </summary>
internal sealed class SigningKeyCache : IDisposable
{
    private readonly BotAuthenticationOptions options;
    private readonly HttpClient httpClient;
    private readonly TimeProvider timeProvider;
    private readonly SemaphoreSlim refreshGate = new(1, 1);
    private readonly Lock unknownKeyLock = new();
    private KeySnapshot? snapshot;
    private DateTimeOffset? lastUnknownKeyRefresh;

    public SigningKeyCache(BotAuthenticationOptions options, HttpClient httpClient, TimeProvider timeProvider)
    {
        this.options = options;
        this.httpClient = httpClient;
        this.timeProvider = timeProvider;
    }

    /// <summary>Finds the key a token names; on failure returns null and says why.</summary>
    public async Task<(SigningKey? Key, string? Failure)> FindAsync(string keyId, CancellationToken cancellationToken)
    {
        var current = Volatile.Read(ref snapshot);
        if (current is null || timeProvider.GetUtcNow() - current.FetchedAt >= options.KeyRefreshInterval)
        {
            var refreshFailure = await RefreshAsync(current, cancellationToken);
            current = Volatile.Read(ref snapshot);
            if (current is null)
            {
                return (null, "signing keys unavailable: " + refreshFailure);
            }
        }

        if (current.Keys.TryGetValue(keyId, out var key))
        {
            return (key, null);
        }

        if (!MayRefreshForUnknownKey())
        {
            return (null, $"no signing key has kid '{keyId}' (keys were refreshed recently, not refreshing again yet)");
        }

        var failure = await RefreshAsync(current, cancellationToken);
        current = Volatile.Read(ref snapshot)!;
        return current.Keys.TryGetValue(keyId, out key)
            ? (key, null)
            : (null, $"no signing key has kid '{keyId}', even after refreshing the keys" + (failure is null ? "" : " (refresh failed: " + failure + ")"));
    }

    /// <inheritdoc />
    public void Dispose() => refreshGate.Dispose();

    private bool MayRefreshForUnknownKey()
    {
        var now = timeProvider.GetUtcNow();
        lock (unknownKeyLock)
        {
            if (lastUnknownKeyRefresh is { } last && now - last < options.UnknownKeyRefreshInterval)
            {
                return false;
            }

            lastUnknownKeyRefresh = now;
            return true;
        }
    }

    /// <summary>Fetches the keys unless another caller already replaced <paramref name="seen"/>; returns why it failed, or null.</summary>
    private async Task<string?> RefreshAsync(KeySnapshot? seen, CancellationToken cancellationToken)
    {
        await refreshGate.WaitAsync(cancellationToken);
        try
        {
            if (!ReferenceEquals(Volatile.Read(ref snapshot), seen))
            {
                return null;
            }

            var keys = await FetchKeysAsync(cancellationToken);
            Volatile.Write(ref snapshot, new KeySnapshot(keys, timeProvider.GetUtcNow()));
            return null;
        }
        catch (Exception exception) when (exception is HttpRequestException or JsonException or FormatException or InvalidOperationException
                                              || exception is TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return exception.Message;
        }
        finally
        {
            refreshGate.Release();
        }
    }

    private async Task<Dictionary<string, SigningKey>> FetchKeysAsync(CancellationToken cancellationToken)
    {
        var metadata = await GetBytesAsync(options.OpenIdMetadataUrl, cancellationToken);
        using var document = JsonDocument.Parse(metadata);
        if (!document.RootElement.TryGetProperty("jwks_uri", out var jwksProperty)
            || jwksProperty.ValueKind != JsonValueKind.String
            || !Uri.TryCreate(jwksProperty.GetString(), UriKind.Absolute, out var jwksUri))
        {
            throw new FormatException($"OpenID metadata at {options.OpenIdMetadataUrl} has no absolute 'jwks_uri'");
        }

        return SigningKeySet.Parse(await GetBytesAsync(jwksUri, cancellationToken));
    }

    private async Task<byte[]> GetBytesAsync(Uri uri, CancellationToken cancellationToken)
    {
        using var response = await httpClient.GetAsync(uri, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"GET {uri} answered {(int)response.StatusCode}", inner: null, response.StatusCode);
        }

        return await response.Content.ReadAsByteArrayAsync(cancellationToken);
    }

    private sealed record KeySnapshot(Dictionary<string, SigningKey> Keys, DateTimeOffset FetchedAt);
}
