using ElectroTutor.BotFramework.Hosting;
using Microsoft.Extensions.Options;

namespace ElectroTutor.BotFramework.Tests.Hosting;

public class AnonymousLocalAuthenticatorTests
{
    [Fact]
    public async Task Local_mode_accepts_a_request_without_authorization_as_anonymous()
    {
        var result = await Authenticator(appId: null).AuthenticateAsync(null, "directline", "http://127.0.0.1:5080/");

        Assert.True(result.Succeeded);
        Assert.False(result.Identity?.IsAuthenticated);
    }

    [Fact]
    public async Task Local_mode_refuses_a_header_it_cannot_validate()
    {
        var result = await Authenticator(appId: "").AuthenticateAsync("Bearer abc.def.ghi", "directline", "http://127.0.0.1:5080/");

        Assert.False(result.Succeeded);
        Assert.Contains("cannot validate", result.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_configured_app_id_means_nothing_is_accepted_anonymously()
    {
        var result = await Authenticator(appId: "0b5e4c3a-9d8f-4a1b-8c7d-6e5f4a3b2c1d").AuthenticateAsync(null, "msteams", "https://smba.trafficmanager.net/amer/");

        Assert.False(result.Succeeded);
        Assert.Contains("MicrosoftAppId", result.Failure, StringComparison.Ordinal);
    }

    private static AnonymousLocalAuthenticator Authenticator(string? appId) =>
        new(Options.Create(new BotFrameworkOptions { MicrosoftAppId = appId }));
}
