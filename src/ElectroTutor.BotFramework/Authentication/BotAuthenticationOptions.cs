namespace ElectroTutor.BotFramework.Authentication;

/// <summary>
/// How inbound requests from the Bot Connector service are checked. Bound from the same keys the Bot Framework SDK uses
/// (<c>MicrosoftAppId</c>) plus a few tuning values that tests shorten.
/// </summary>
public sealed class BotAuthenticationOptions
{
    /// <summary>The default OpenID metadata document of the Bot Connector service.</summary>
    public static readonly Uri DefaultOpenIdMetadataUrl = new("https://login.botframework.com/v1/.well-known/openidconfiguration");

    /// <summary>The issuer of every token the Bot Connector service sends to bots.</summary>
    public const string DefaultIssuer = "https://api.botframework.com";

    /// <summary>The bot's Microsoft App Id (or user-assigned managed identity client id): the required token audience.</summary>
    public string? MicrosoftAppId { get; set; }

    /// <summary>Where the signing keys are announced (<c>jwks_uri</c>).</summary>
    public Uri OpenIdMetadataUrl { get; set; } = DefaultOpenIdMetadataUrl;

    /// <summary>The exact <c>iss</c> a token must carry.</summary>
    public string Issuer { get; set; } = DefaultIssuer;

    /// <summary>Tolerance on <c>exp</c> and <c>nbf</c> for clocks that disagree (5 minutes, as the SDK).</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long fetched signing keys are used before they are fetched again (24 hours).</summary>
    public TimeSpan KeyRefreshInterval { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How long to wait before fetching again after the key endpoint failed (1 minute); old keys stay in use meanwhile.</summary>
    public TimeSpan KeyFetchRetryInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// The least time between two early refreshes caused by a token signed with an unknown <c>kid</c> (1 hour), so that
    /// forged tokens cannot make the bot hammer the metadata endpoint. Zero refreshes on every unknown key.
    /// </summary>
    public TimeSpan UnknownKeyRefreshInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// True when no app id is configured: the SDK's local (emulator) mode, in which requests without an
    /// <c>Authorization</c> header are accepted anonymously and <see cref="BotConnectorAuthenticator"/> cannot be used.
    /// </summary>
    public bool IsAuthenticationDisabled => string.IsNullOrWhiteSpace(MicrosoftAppId);
}
