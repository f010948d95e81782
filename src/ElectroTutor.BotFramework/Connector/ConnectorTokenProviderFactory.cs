namespace ElectroTutor.BotFramework.Connector;

/// <summary>Chooses the token provider that matches the bot's credential settings.</summary>
public static class ConnectorTokenProviderFactory
{
    /// <summary>The tenant of legacy MultiTenant bot registrations.</summary>
    public const string MultiTenantAuthority = "botframework.com";

    /// <summary>
    /// Local mode without an app id, client credentials for MultiTenant (tenant <c>botframework.com</c>) and SingleTenant (the
    /// app's tenant), App Service managed identity for UserAssignedMSI.
    /// </summary>
    /// <exception cref="InvalidOperationException">The settings are inconsistent; the message lists every problem.</exception>
    public static IConnectorTokenProvider Create(BotCredentialOptions options, HttpClient httpClient, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = options.Validate();
        if (errors.Count > 0)
        {
            throw new InvalidOperationException("Bot credentials are misconfigured: " + string.Join(" ", errors));
        }

        if (options.IsAuthenticationDisabled)
        {
            return LocalConnectorTokenProvider.Instance;
        }

        var appId = options.MicrosoftAppId!.Trim();
        return options.MicrosoftAppType switch
        {
            MicrosoftAppType.UserAssignedMSI => new ManagedIdentityTokenProvider(
                httpClient, options.ManagedIdentityEndpoint!, options.ManagedIdentityHeader!, appId, ResourceOf(options.OAuthScope), timeProvider),
            MicrosoftAppType.SingleTenant => new ClientCredentialsTokenProvider(
                httpClient, ClientCredentialsTokenProvider.TokenEndpointFor(options.AuthorityHost, options.MicrosoftAppTenantId!), appId,
                options.MicrosoftAppPassword!, options.OAuthScope, timeProvider),
            _ => new ClientCredentialsTokenProvider(
                httpClient, ClientCredentialsTokenProvider.TokenEndpointFor(options.AuthorityHost, MultiTenantAuthority), appId,
                options.MicrosoftAppPassword!, options.OAuthScope, timeProvider),
        };
    }

    /// <summary>Managed identity endpoints take a resource, not a v2.0 scope: <c>https://api.botframework.com/.default</c> → <c>https://api.botframework.com</c>.</summary>
    private static string ResourceOf(string scope) =>
        scope.EndsWith("/.default", StringComparison.Ordinal) ? scope[..^"/.default".Length] : scope;
}
