namespace ElectroTutor.BotFramework.Connector;

/// <summary>
/// The bot's identity for outbound calls to the connector, under the keys the Bot Framework SDK uses
/// (<c>MicrosoftAppType</c>, <c>MicrosoftAppId</c>, <c>MicrosoftAppPassword</c>, <c>MicrosoftAppTenantId</c>). No app id
/// means local mode: no token is sent.
/// </summary>
public sealed class BotCredentialOptions
{
    /// <summary>The scope of tokens for the Bot Connector service.</summary>
    public const string DefaultOAuthScope = "https://api.botframework.com/.default";

    /// <summary>The Entra authority host.</summary>
    public static readonly Uri DefaultAuthorityHost = new("https://login.microsoftonline.com/");

    /// <summary>Which credential the app id comes with.</summary>
    public MicrosoftAppType MicrosoftAppType { get; set; } = MicrosoftAppType.MultiTenant;

    /// <summary>The Entra application (client) id, or the managed identity's client id; empty for local mode.</summary>
    public string? MicrosoftAppId { get; set; }

    /// <summary>The client secret (MultiTenant and SingleTenant only).</summary>
    public string? MicrosoftAppPassword { get; set; }

    /// <summary>The tenant the app is registered in (SingleTenant).</summary>
    public string? MicrosoftAppTenantId { get; set; }

    /// <summary>Where client-credential tokens are requested; tests point it at a local server.</summary>
    public Uri AuthorityHost { get; set; } = DefaultAuthorityHost;

    /// <summary>The scope requested for connector tokens.</summary>
    public string OAuthScope { get; set; } = DefaultOAuthScope;

    /// <summary>
    /// App Service's managed identity endpoint (the value of its <c>IDENTITY_ENDPOINT</c> variable), for UserAssignedMSI.
    /// Passed in by the host so that this library never reads the environment.
    /// </summary>
    public Uri? ManagedIdentityEndpoint { get; set; }

    /// <summary>App Service's <c>IDENTITY_HEADER</c> value, sent as <c>X-IDENTITY-HEADER</c>, for UserAssignedMSI.</summary>
    public string? ManagedIdentityHeader { get; set; }

    /// <summary>True when no app id is set: the SDK's local mode, in which outbound calls carry no token.</summary>
    public bool IsAuthenticationDisabled => string.IsNullOrWhiteSpace(MicrosoftAppId);

    /// <summary>Lists every inconsistency in the settings, each as a sentence naming the keys to fix; empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        switch (MicrosoftAppType)
        {
            case MicrosoftAppType.MultiTenant:
                ValidateMultiTenant(errors);
                break;
            case MicrosoftAppType.SingleTenant:
                ValidateSingleTenant(errors);
                break;
            case MicrosoftAppType.UserAssignedMSI:
                ValidateManagedIdentity(errors);
                break;
            default:
                errors.Add($"MicrosoftAppType '{MicrosoftAppType}' is not one of MultiTenant, SingleTenant, UserAssignedMSI.");
                break;
        }

        if (AuthorityHost is not { IsAbsoluteUri: true })
        {
            errors.Add("AuthorityHost must be an absolute URL.");
        }

        if (string.IsNullOrWhiteSpace(OAuthScope))
        {
            errors.Add("OAuthScope must not be empty.");
        }

        return errors;
    }

    private bool HasAppId => !string.IsNullOrWhiteSpace(MicrosoftAppId);

    private bool HasPassword => !string.IsNullOrEmpty(MicrosoftAppPassword);

    private void ValidateMultiTenant(List<string> errors)
    {
        if (HasAppId && !HasPassword)
        {
            errors.Add("MicrosoftAppType MultiTenant needs MicrosoftAppPassword when MicrosoftAppId is set (leave both empty for local mode).");
        }
        else if (!HasAppId && HasPassword)
        {
            errors.Add("MicrosoftAppPassword is set but MicrosoftAppId is empty: set both, or neither for local mode.");
        }
    }

    private void ValidateSingleTenant(List<string> errors)
    {
        if (!HasAppId)
        {
            errors.Add("MicrosoftAppType SingleTenant needs MicrosoftAppId (the app registration's client id).");
        }

        if (!HasPassword)
        {
            errors.Add("MicrosoftAppType SingleTenant needs MicrosoftAppPassword (the client secret).");
        }

        if (string.IsNullOrWhiteSpace(MicrosoftAppTenantId))
        {
            errors.Add("MicrosoftAppType SingleTenant needs MicrosoftAppTenantId (the tenant the app is registered in).");
        }
    }

    private void ValidateManagedIdentity(List<string> errors)
    {
        if (!HasAppId)
        {
            errors.Add("MicrosoftAppType UserAssignedMSI needs MicrosoftAppId (the managed identity's client id).");
        }

        if (HasPassword)
        {
            errors.Add("MicrosoftAppType UserAssignedMSI must not have MicrosoftAppPassword: a managed identity has no secret.");
        }

        if (ManagedIdentityEndpoint is not { IsAbsoluteUri: true } || string.IsNullOrEmpty(ManagedIdentityHeader))
        {
            errors.Add("MicrosoftAppType UserAssignedMSI needs ManagedIdentityEndpoint and ManagedIdentityHeader (App Service's IDENTITY_ENDPOINT and IDENTITY_HEADER).");
        }
    }
}
