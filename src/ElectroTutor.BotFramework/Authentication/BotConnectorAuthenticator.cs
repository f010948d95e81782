using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;

namespace ElectroTutor.BotFramework.Authentication;

/// <summary>
/// Validates the JWT the Bot Connector service (Teams, Azure Direct Line, Web Chat, every Azure channel) puts on each request
/// to the messaging endpoint, check by check as the Bot Framework SDK's channel validation does: <c>Bearer</c> scheme, RS256/384/512
/// signature by a published key, issuer, audience = the bot's app id, lifetime with clock skew, the key's channel endorsements,
/// and the <c>serviceurl</c> claim against the activity. A token is always required; local mode without an app id is another
/// authenticator's job.
/// </summary>
public sealed class BotConnectorAuthenticator : IBotRequestAuthenticator, IDisposable
{
    /// <summary>The authentication type of identities this authenticator produces.</summary>
    public const string AuthenticationType = "BotConnector";

    private static readonly Dictionary<string, HashAlgorithmName> AllowedAlgorithms = new(StringComparer.Ordinal)
    {
        ["RS256"] = HashAlgorithmName.SHA256,
        ["RS384"] = HashAlgorithmName.SHA384,
        ["RS512"] = HashAlgorithmName.SHA512,
    };

    private readonly BotAuthenticationOptions options;
    private readonly TimeProvider timeProvider;
    private readonly SigningKeyCache keys;

    /// <summary>Creates an authenticator that fetches signing keys with <paramref name="httpClient"/>.</summary>
    /// <param name="options">The app id (required) and key/lifetime settings.</param>
    /// <param name="httpClient">Fetches the OpenID metadata and key set; not disposed by this class.</param>
    /// <param name="timeProvider">The clock for token lifetimes and key refreshes.</param>
    /// <exception cref="ArgumentException">No app id is configured, or a setting is out of range.</exception>
    public BotConnectorAuthenticator(BotAuthenticationOptions options, HttpClient httpClient, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(timeProvider);
        if (options.IsAuthenticationDisabled)
        {
            throw new ArgumentException(
                "Bot Connector authentication needs MicrosoftAppId (the token audience); without an app id the bot runs in local mode with anonymous requests.",
                nameof(options));
        }

        if (options.ClockSkew < TimeSpan.Zero || options.KeyRefreshInterval < TimeSpan.Zero
            || options.UnknownKeyRefreshInterval < TimeSpan.Zero || options.KeyFetchRetryInterval < TimeSpan.Zero)
        {
            throw new ArgumentException("ClockSkew and the key refresh intervals must not be negative.", nameof(options));
        }

        if (options.OpenIdMetadataUrl is not { IsAbsoluteUri: true })
        {
            throw new ArgumentException("OpenIdMetadataUrl must be an absolute URL.", nameof(options));
        }

        this.options = options;
        this.timeProvider = timeProvider;
        keys = new SigningKeyCache(options, httpClient, timeProvider);
    }

    /// <inheritdoc />
    public async Task<BotAuthenticationResult> AuthenticateAsync(string? authorizationHeader, string? channelId, string? serviceUrl, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(authorizationHeader))
        {
            return BotAuthenticationResult.Fail("Authorization header missing");
        }

        var parts = authorizationHeader.Split(' ');
        if (parts.Length != 2 || parts[0] != "Bearer" || parts[1].Length == 0)
        {
            return BotAuthenticationResult.Fail("Authorization header is not 'Bearer <token>'");
        }

        if (CompactJwt.TryParse(parts[1], out var parseFailure) is not { } token)
        {
            return BotAuthenticationResult.Fail(parseFailure!);
        }

        var algorithm = token.HeaderString("alg");
        if (algorithm is null || !AllowedAlgorithms.TryGetValue(algorithm, out var hash))
        {
            return BotAuthenticationResult.Fail($"token algorithm '{algorithm ?? "(none)"}' is not one of RS256, RS384, RS512");
        }

        if (token.HeaderString("kid") is not { Length: > 0 } keyId)
        {
            return BotAuthenticationResult.Fail("token header has no 'kid'");
        }

        var (key, keyFailure) = await keys.FindAsync(keyId, cancellationToken);
        if (key is null)
        {
            return BotAuthenticationResult.Fail(keyFailure!);
        }

        if (!SignatureIsValid(token, key, hash))
        {
            return BotAuthenticationResult.Fail($"token signature does not verify with key '{keyId}'");
        }

        return CheckClaims(token, key, channelId, serviceUrl) is { } claimFailure
            ? BotAuthenticationResult.Fail(claimFailure)
            : BotAuthenticationResult.Success(TokenClaims.ToIdentity(token.Payload, AuthenticationType));
    }

    /// <inheritdoc />
    public void Dispose() => keys.Dispose();

    private static bool SignatureIsValid(CompactJwt token, SigningKey key, HashAlgorithmName hash)
    {
        try
        {
            using var rsa = RSA.Create(key.Parameters);
            return rsa.VerifyData(token.SignedBytes, token.Signature, hash, RSASignaturePadding.Pkcs1);
        }
        catch (CryptographicException)
        {
            return false;
        }
    }

    private string? CheckClaims(CompactJwt token, SigningKey key, string? channelId, string? serviceUrl)
    {
        var issuer = token.ClaimString("iss");
        if (issuer != options.Issuer)
        {
            return $"token issuer '{issuer ?? "(none)"}' is not '{options.Issuer}'";
        }

        if (!HasAudience(token.Payload, options.MicrosoftAppId!))
        {
            return $"token audience is not the bot's app id '{options.MicrosoftAppId}'";
        }

        if (CheckLifetime(token) is { } lifetimeFailure)
        {
            return lifetimeFailure;
        }

        if (key.Endorsements is { } endorsements && (channelId is null || !endorsements.Contains(channelId, StringComparer.Ordinal)))
        {
            return $"channel '{channelId ?? "(none)"}' is not endorsed by signing key '{key.KeyId}'";
        }

        var serviceUrlClaim = token.ClaimString("serviceurl");
        if (string.IsNullOrEmpty(serviceUrlClaim))
        {
            return "token has no 'serviceurl' claim";
        }

        if (!string.Equals(serviceUrlClaim, serviceUrl, StringComparison.OrdinalIgnoreCase))
        {
            return $"token serviceurl '{serviceUrlClaim}' differs from the activity's serviceUrl '{serviceUrl ?? "(none)"}'";
        }

        return null;
    }

    private string? CheckLifetime(CompactJwt token)
    {
        var now = timeProvider.GetUtcNow();
        if (token.ClaimTime("exp") is not { } expires)
        {
            return "token has no valid 'exp' claim";
        }

        if (now > expires + options.ClockSkew)
        {
            return string.Create(CultureInfo.InvariantCulture, $"token expired at {expires:O} (now {now:O}, clock skew {options.ClockSkew})");
        }

        if (token.ClaimTime("nbf") is { } notBefore && now + options.ClockSkew < notBefore)
        {
            return string.Create(CultureInfo.InvariantCulture, $"token not valid before {notBefore:O} (now {now:O}, clock skew {options.ClockSkew})");
        }

        return null;
    }

    private static bool HasAudience(JsonElement payload, string appId)
    {
        if (!payload.TryGetProperty("aud", out var audience))
        {
            return false;
        }

        return audience.ValueKind switch
        {
            JsonValueKind.String => audience.GetString() == appId,
            JsonValueKind.Array => audience.EnumerateArray().Any(a => a.ValueKind == JsonValueKind.String && a.GetString() == appId),
            _ => false,
        };
    }
}
