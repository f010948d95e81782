using ElectroTutor.BotFramework.Hosting;

namespace ElectroTutor.BotFramework.Tests.Hosting;

public class ServiceUrlPolicyTests
{
    private static readonly Uri[] Allowed = [new("https://tutor.example.org/directline/"), new("http://10.0.0.5:3000")];

    [Theory]
    [InlineData("http://127.0.0.1:5080/")]
    [InlineData("http://localhost:3000/")]
    [InlineData("http://[::1]:5080/")]
    [InlineData("https://tutor.example.org/directline/")]
    [InlineData("https://tutor.example.org/directline/v3/")]
    [InlineData("https://TUTOR.example.org/directline")]
    [InlineData("http://10.0.0.5:3000/")]
    public void Loopback_and_configured_urls_are_allowed(string url) =>
        Assert.True(ServiceUrlPolicy.IsAllowedInLocalMode(new Uri(url), Allowed));

    [Theory]
    [InlineData("https://example.com/")]
    [InlineData("http://127.0.0.1@example.com/")]
    [InlineData("http://localhost.example.com/")]
    [InlineData("https://tutor.example.org/other/")]
    [InlineData("https://tutor.example.org/directlinex/")]
    [InlineData("http://tutor.example.org/directline/")]
    [InlineData("http://10.0.0.5:3001/")]
    [InlineData("http://169.254.169.254/metadata/identity/oauth2/token")]
    public void Other_urls_are_refused(string url) =>
        Assert.False(ServiceUrlPolicy.IsAllowedInLocalMode(new Uri(url), Allowed));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("/relative")]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://127.0.0.1/")]
    public void Only_absolute_http_urls_parse(string? url) =>
        Assert.Null(ServiceUrlPolicy.Parse(url));
}
