namespace ElectroTutor.BotFramework.Connector;

/// <summary>
/// Gets connector tokens for a user-assigned managed identity from App Service's identity endpoint
/// (<c>GET {IDENTITY_ENDPOINT}?resource=…&amp;api-version=2019-08-01&amp;client_id=…</c> with <c>X-IDENTITY-HEADER</c>).
/// </summary>
public sealed class ManagedIdentityTokenProvider : CachingConnectorTokenProvider
{
    /// <summary>The App Service managed identity protocol version used.</summary>
    public const string ApiVersion = "2019-08-01";

    private readonly HttpClient httpClient;
    private readonly Uri requestUri;
    private readonly string identityHeader;

    /// <summary>Creates a provider for the identity with <paramref name="clientId"/>.</summary>
    /// <param name="httpClient">Sends the token requests; not disposed here.</param>
    /// <param name="identityEndpoint">App Service's <c>IDENTITY_ENDPOINT</c>.</param>
    /// <param name="identityHeader">App Service's <c>IDENTITY_HEADER</c>.</param>
    /// <param name="clientId">The managed identity's client id (the bot's MicrosoftAppId).</param>
    /// <param name="resource">The resource, normally <c>https://api.botframework.com</c>.</param>
    /// <param name="timeProvider">The clock for expiry.</param>
    public ManagedIdentityTokenProvider(HttpClient httpClient, Uri identityEndpoint, string identityHeader, string clientId, string resource, TimeProvider timeProvider)
        : base(timeProvider)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(identityEndpoint);
        ArgumentException.ThrowIfNullOrEmpty(identityHeader);
        ArgumentException.ThrowIfNullOrWhiteSpace(clientId);
        ArgumentException.ThrowIfNullOrWhiteSpace(resource);
        this.httpClient = httpClient;
        this.identityHeader = identityHeader;
        var query = $"resource={Uri.EscapeDataString(resource)}&api-version={ApiVersion}&client_id={Uri.EscapeDataString(clientId)}";
        var builder = new UriBuilder(identityEndpoint);
        builder.Query = builder.Query.Length > 1 ? builder.Query[1..] + "&" + query : query;
        requestUri = builder.Uri;
    }

    /// <inheritdoc />
    protected override async Task<ConnectorAccessToken> RequestTokenAsync(CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, requestUri);
        request.Headers.Add("X-IDENTITY-HEADER", identityHeader);
        var source = $"managed identity endpoint {requestUri.GetLeftPart(UriPartial.Path)}";
        try
        {
            using var response = await httpClient.SendAsync(request, cancellationToken);
            return await TokenResponse.ReadAsync(response, source, TimeProvider.GetUtcNow(), cancellationToken);
        }
        catch (Exception exception) when (exception is HttpRequestException || exception is TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            throw new ConnectorTokenException($"{source} could not be reached: {exception.Message}", exception);
        }
    }
}
