using System.Text.Json;

namespace ElectroTutor.BotFramework.Authentication;

/// <summary>
/// The Bot Connector's signing keys, fetched from the OpenID metadata's <c>jwks_uri</c> and kept for
/// <see cref="BotAuthenticationOptions.KeyRefreshInterval"/>. A token naming an unknown <c>kid</c> triggers an early refresh
/// (keys rotate) at most once per <see cref="BotAuthenticationOptions.UnknownKeyRefreshInterval"/>. When a fetch fails the
/// last keys that were fetched stay in use.
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
        if (current is null || timeProvider.GetUtcNow() >= current.RefreshAt)
        {
            await RefreshAsync(current, cancellationToken);
            current = Volatile.Read(ref snapshot)!;
        }

        if (current.Keys.Count == 0 && current.Failure is not null)
        {
            return (null, "signing keys unavailable: " + current.Failure);
        }

        if (current.Keys.TryGetValue(keyId, out var key))
        {
            return (key, null);
        }

        if (!MayRefreshForUnknownKey())
        {
            return (null, $"no signing key has kid '{keyId}' (keys were refreshed recently, not refreshing again yet)");
        }

        await RefreshAsync(current, cancellationToken);
        current = Volatile.Read(ref snapshot)!;
        return current.Keys.TryGetValue(keyId, out key)
            ? (key, null)
            : (null, $"no signing key has kid '{keyId}', even after refreshing the keys" + (current.Failure is null ? "" : " (refresh failed: " + current.Failure + ")"));
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

    /// <summary>
    /// Fetches the keys unless another caller already replaced <paramref name="seen"/>. A failed fetch keeps the previous keys
    /// and is retried after <see cref="BotAuthenticationOptions.KeyFetchRetryInterval"/>, so an outage of the key endpoint does
    /// not make every request wait on it.
    /// </summary>
    private async Task RefreshAsync(KeySnapshot? seen, CancellationToken cancellationToken)
    {
        await refreshGate.WaitAsync(cancellationToken);
        try
        {
            if (!ReferenceEquals(Volatile.Read(ref snapshot), seen))
            {
                return;
            }

            var keys = await FetchKeysAsync(cancellationToken);
            Volatile.Write(ref snapshot, new KeySnapshot(keys, timeProvider.GetUtcNow() + options.KeyRefreshInterval, Failure: null));
        }
        catch (Exception exception) when (exception is HttpRequestException or JsonException or FormatException or InvalidOperationException
                                              || exception is TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            var retryAt = timeProvider.GetUtcNow() + options.KeyFetchRetryInterval;
            Volatile.Write(ref snapshot, new KeySnapshot(seen?.Keys ?? new Dictionary<string, SigningKey>(StringComparer.Ordinal), retryAt, exception.Message));
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
        if (document.RootElement.ValueKind != JsonValueKind.Object
            || !document.RootElement.TryGetProperty("jwks_uri", out var jwksProperty)
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

    /// <summary>The keys in use, when to fetch them again, and why the last fetch failed (null when it succeeded).</summary>
    private sealed record KeySnapshot(IReadOnlyDictionary<string, SigningKey> Keys, DateTimeOffset RefreshAt, string? Failure);
}
