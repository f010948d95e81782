namespace ElectroTutor.BotFramework.Connector;

/// <summary>
/// Gets connector tokens with the OAuth client-credentials grant at an Entra tenant's v2.0 token endpoint: the bot's own tenant
/// for SingleTenant, <c>botframework.com</c> for legacy MultiTenant registrations.
/// </summary>
public sealed class ClientCredentialsTokenProvider : CachingConnectorTokenProvider
{
    private readonly HttpClient httpClient;
    private readonly string clientId;
    private readonly string clientSecret;
    private readonly string scope;

    /// <summary>Creates a provider posting to <paramref name="tokenEndpoint"/>.</summary>
    /// <param name="httpClient">Sends the token requests; not disposed here.</param>
    /// <param name="tokenEndpoint">E.g. <c>https://login.microsoftonline.com/{tenant}/oauth2/v2.0/token</c>.</param>
    /// <param name="clientId">The app id.</param>
    /// <param name="clientSecret">The app password.</param>
    /// <param name="scope">The scope, normally <c>https://api.botframework.com/.default</c>.</param>
    /// <param name="timeProvider">The clock for expiry.</param>
    public ClientCredentialsTokenProvider(HttpClient httpClient, Uri tokenEndpoint, string clientId, string clientSecret, string scope, TimeProvider timeProvider)
        : base(timeProvider)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(tokenEndpoint);
        ArgumentException.ThrowIfNullOrWhiteSpace(clientId);
        ArgumentException.ThrowIfNullOrEmpty(clientSecret);
        ArgumentException.ThrowIfNullOrWhiteSpace(scope);
        this.httpClient = httpClient;
        TokenEndpoint = tokenEndpoint;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.scope = scope;
    }

    /// <summary>Where tokens are requested.</summary>
    public Uri TokenEndpoint { get; }

    /// <summary>The v2.0 token endpoint of <paramref name="tenant"/> under <paramref name="authorityHost"/>.</summary>
    public static Uri TokenEndpointFor(Uri authorityHost, string tenant)
    {
        ArgumentNullException.ThrowIfNull(authorityHost);
        ArgumentException.ThrowIfNullOrWhiteSpace(tenant);
        return new Uri($"{authorityHost.AbsoluteUri.TrimEnd('/')}/{Uri.EscapeDataString(tenant.Trim())}/oauth2/v2.0/token");
    }

    /// <inheritdoc />
    protected override async Task<ConnectorAccessToken> RequestTokenAsync(CancellationToken cancellationToken)
    {
        using var content = new FormUrlEncodedContent(
        [
            new("grant_type", "client_credentials"),
            new("client_id", clientId),
            new("client_secret", clientSecret),
            new("scope", scope),
        ]);
        try
        {
            using var response = await httpClient.PostAsync(TokenEndpoint, content, cancellationToken);
            return await TokenResponse.ReadAsync(response, $"token endpoint {TokenEndpoint}", TimeProvider.GetUtcNow(), cancellationToken);
        }
        catch (Exception exception) when (exception is HttpRequestException || exception is TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            throw new ConnectorTokenException($"token endpoint {TokenEndpoint} could not be reached: {exception.Message}", exception);
        }
    }
}
