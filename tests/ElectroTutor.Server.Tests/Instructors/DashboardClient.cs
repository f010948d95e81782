using System.Net;
using System.Text.RegularExpressions;

namespace ElectroTutor.Server.Tests.Instructors;

/// <summary>An HTTP client that keeps cookies and does not follow redirects, signing in through the real form.</summary>
internal sealed partial class DashboardClient : IDisposable
{
    private readonly HttpClientHandler _handler;

    public DashboardClient(Uri address)
    {
        _handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false, UseCookies = true };
        Http = new HttpClient(_handler) { BaseAddress = address };
    }

    public HttpClient Http { get; }

    public CookieContainer Cookies => _handler.CookieContainer;

    /// <summary>The anti-forgery token of a page's form.</summary>
    public static string FormToken(string html) => TokenPattern().Match(html) is { Success: true } match
        ? WebUtility.HtmlDecode(match.Groups["token"].Value)
        : throw new InvalidOperationException("The page has no anti-forgery token.");

    /// <summary>Opens the sign-in page and posts the form; returns the response to the post.</summary>
    public async Task<HttpResponseMessage> SignInAsync(string login, string password, string? returnUrl = null)
    {
        var page = await Http.GetStringAsync("/instructor/login");
        var fields = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = FormToken(page),
            ["login"] = login,
            ["password"] = password,
            ["returnUrl"] = returnUrl ?? string.Empty,
        };
        return await Http.PostAsync("/instructor/login", new FormUrlEncodedContent(fields));
    }

    /// <summary>Signs in and checks that it worked.</summary>
    public async Task SignedInAsync(string login, string password)
    {
        using var response = await SignInAsync(login, password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/instructor", response.Headers.Location?.OriginalString);
    }

    /// <summary>GETs a page and returns its status and body.</summary>
    public async Task<(HttpStatusCode Status, string Body)> GetAsync(string path)
    {
        using var response = await Http.GetAsync(path);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    public void Dispose()
    {
        Http.Dispose();
        _handler.Dispose();
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"(?<token>[^\"]+)\"", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TokenPattern();
}
