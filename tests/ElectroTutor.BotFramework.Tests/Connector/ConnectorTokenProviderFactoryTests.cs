using System.Net;
using ElectroTutor.BotFramework.Connector;

namespace ElectroTutor.BotFramework.Tests.Connector;

public sealed class ConnectorTokenProviderFactoryTests
{
    private static readonly Uri AuthorityHost = new("http://127.0.0.1:5999/");
    private readonly FakeTimeProvider clock = new();

    [Fact]
    public void No_app_id_gives_local_mode()
    {
        using var handler = new StubHttpMessageHandler(_ => new HttpResponseMessage(HttpStatusCode.NotFound));

        var provider = ConnectorTokenProviderFactory.Create(new BotCredentialOptions(), handler.CreateClient(), clock);

        Assert.Same(LocalConnectorTokenProvider.Instance, provider);
    }

    [Theory]
    [InlineData(MicrosoftAppType.SingleTenant, "http://127.0.0.1:5999/contoso.onmicrosoft.com/oauth2/v2.0/token")]
    [InlineData(MicrosoftAppType.MultiTenant, "http://127.0.0.1:5999/botframework.com/oauth2/v2.0/token")]
    public async Task Secret_credentials_use_the_tenant_or_the_legacy_botframework_authority(MicrosoftAppType type, string expectedEndpoint)
    {
        using var handler = new StubHttpMessageHandler(_ => StubHttpMessageHandler.Json(HttpStatusCode.OK, """{"access_token":"t","expires_in":3599}"""));
        var options = new BotCredentialOptions
        {
            MicrosoftAppType = type,
            MicrosoftAppId = "app-id",
            MicrosoftAppPassword = "secret",
            MicrosoftAppTenantId = "contoso.onmicrosoft.com",
            AuthorityHost = AuthorityHost,
        };

        var provider = Assert.IsType<ClientCredentialsTokenProvider>(ConnectorTokenProviderFactory.Create(options, handler.CreateClient(), clock));
        await provider.GetTokenAsync(false, CancellationToken.None);

        Assert.Equal(expectedEndpoint, Assert.Single(handler.Requests).Uri.AbsoluteUri);
        provider.Dispose();
    }

    [Fact]
    public async Task Managed_identity_asks_for_the_resource_not_the_scope()
    {
        using var handler = new StubHttpMessageHandler(_ => StubHttpMessageHandler.Json(HttpStatusCode.OK, """{"access_token":"t","expires_in":"86399"}"""));
        var options = new BotCredentialOptions
        {
            MicrosoftAppType = MicrosoftAppType.UserAssignedMSI,
            MicrosoftAppId = "msi-client-id",
            ManagedIdentityEndpoint = new Uri("http://127.0.0.1:41741/msi/token"),
            ManagedIdentityHeader = "h",
        };

        var provider = Assert.IsType<ManagedIdentityTokenProvider>(ConnectorTokenProviderFactory.Create(options, handler.CreateClient(), clock));
        await provider.GetTokenAsync(false, CancellationToken.None);

        Assert.Contains("resource=https%3A%2F%2Fapi.botframework.com&", Assert.Single(handler.Requests).Uri.AbsoluteUri, StringComparison.Ordinal);
        provider.Dispose();
    }

    [Fact]
    public void Misconfiguration_is_refused_with_every_problem_named()
    {
        using var handler = new StubHttpMessageHandler(_ => new HttpResponseMessage(HttpStatusCode.NotFound));
        var options = new BotCredentialOptions { MicrosoftAppType = MicrosoftAppType.SingleTenant, MicrosoftAppId = "app-id" };

        var exception = Assert.Throws<InvalidOperationException>(() => ConnectorTokenProviderFactory.Create(options, handler.CreateClient(), clock));

        Assert.Equal(
            "Bot credentials are misconfigured: MicrosoftAppType SingleTenant needs MicrosoftAppPassword (the client secret). "
            + "MicrosoftAppType SingleTenant needs MicrosoftAppTenantId (the tenant the app is registered in).",
            exception.Message);
    }
}
