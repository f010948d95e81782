using ElectroTutor.BotFramework.Connector;
using Microsoft.Extensions.Options;

namespace ElectroTutor.BotFramework.Tests.Connector;

public sealed class BotCredentialOptionsTests
{
    [Fact]
    public void No_app_id_is_valid_local_mode()
    {
        var options = new BotCredentialOptions();

        Assert.Empty(options.Validate());
        Assert.True(options.IsAuthenticationDisabled);
    }

    [Theory]
    [InlineData(MicrosoftAppType.MultiTenant, "app", "secret", null)]
    [InlineData(MicrosoftAppType.SingleTenant, "app", "secret", "tenant")]
    public void Complete_secret_credentials_are_valid(MicrosoftAppType type, string id, string password, string? tenant)
    {
        var options = new BotCredentialOptions { MicrosoftAppType = type, MicrosoftAppId = id, MicrosoftAppPassword = password, MicrosoftAppTenantId = tenant };

        Assert.Empty(options.Validate());
        Assert.False(options.IsAuthenticationDisabled);
    }

    [Fact]
    public void SingleTenant_names_each_missing_key()
    {
        var options = new BotCredentialOptions { MicrosoftAppType = MicrosoftAppType.SingleTenant };

        Assert.Equal(
            [
                "MicrosoftAppType SingleTenant needs MicrosoftAppId (the app registration's client id).",
                "MicrosoftAppType SingleTenant needs MicrosoftAppPassword (the client secret).",
                "MicrosoftAppType SingleTenant needs MicrosoftAppTenantId (the tenant the app is registered in).",
            ],
            options.Validate());
    }

    [Fact]
    public void Managed_identity_needs_an_id_and_no_password()
    {
        var options = new BotCredentialOptions { MicrosoftAppType = MicrosoftAppType.UserAssignedMSI, MicrosoftAppPassword = "secret" };

        var errors = options.Validate();

        Assert.Contains("MicrosoftAppType UserAssignedMSI needs MicrosoftAppId (the managed identity's client id).", errors);
        Assert.Contains("MicrosoftAppType UserAssignedMSI must not have MicrosoftAppPassword: a managed identity has no secret.", errors);
        Assert.Contains(errors, e => e.Contains("IDENTITY_ENDPOINT and IDENTITY_HEADER", StringComparison.Ordinal));
    }

    [Fact]
    public void Managed_identity_with_id_and_endpoint_is_valid()
    {
        var options = new BotCredentialOptions
        {
            MicrosoftAppType = MicrosoftAppType.UserAssignedMSI,
            MicrosoftAppId = "msi-client-id",
            ManagedIdentityEndpoint = new Uri("http://127.0.0.1:41741/msi/token"),
            ManagedIdentityHeader = "header-secret",
        };

        Assert.Empty(options.Validate());
    }

    [Theory]
    [InlineData("app", null, "MicrosoftAppType MultiTenant needs MicrosoftAppPassword when MicrosoftAppId is set")]
    [InlineData(null, "secret", "MicrosoftAppPassword is set but MicrosoftAppId is empty")]
    public void Half_configured_MultiTenant_is_rejected(string? id, string? password, string expected)
    {
        var options = new BotCredentialOptions { MicrosoftAppId = id, MicrosoftAppPassword = password };

        Assert.StartsWith(expected, Assert.Single(options.Validate()), StringComparison.Ordinal);
    }

    [Fact]
    public void Validator_reports_the_same_messages_to_the_options_system()
    {
        var result = new BotCredentialOptionsValidator().Validate(null, new BotCredentialOptions { MicrosoftAppType = MicrosoftAppType.SingleTenant, MicrosoftAppId = "app", MicrosoftAppPassword = "p" });

        Assert.True(result.Failed);
        Assert.Contains("MicrosoftAppTenantId", result.FailureMessage, StringComparison.Ordinal);
        Assert.Equal(ValidateOptionsResult.Success, new BotCredentialOptionsValidator().Validate(null, new BotCredentialOptions()));
    }
}
