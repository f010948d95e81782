using System.Net;
using ElectroTutor.Server.Instructors;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ElectroTutor.Server.Tests.Instructors;

public sealed class LoginEndpointsTests(SeededServer fixture) : IClassFixture<SeededServer>
{
    [Theory]
    [InlineData("/instructor")]
    [InlineData("/instructor/classes/ABCDEF")]
    [InlineData("/instructor/classes/ABCDEF?sort=name")]
    [InlineData("/instructor/classes/ABCDEF/items")]
    [InlineData("/instructor/classes/ABCDEF/students/1")]
    [InlineData("/instructor/classes/ABCDEF/skills/resting-potential")]
    [InlineData("/instructor/classes/ABCDEF/export?format=csv")]
    [InlineData("/INSTRUCTOR/classes/ABCDEF")]
    [InlineData("/Instructor/Classes/ABCDEF/items")]
    public async Task An_anonymous_visitor_is_sent_to_the_sign_in_page(string path)
    {
        using var client = fixture.NewClient();

        using var response = await client.Http.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://127.0.0.1", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Contains("/instructor/login?ReturnUrl=", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sign_in_page_is_an_accessible_form_with_a_token_and_a_strict_policy()
    {
        using var client = fixture.NewClient();

        using var response = await client.Http.GetAsync("/instructor/login");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("<label for=\"login\">", html, StringComparison.Ordinal);
        Assert.Contains("<label for=\"password\">", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#main\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.NotEmpty(DashboardClient.FormToken(html));
        Assert.Equal(DashboardResults.ContentSecurityPolicy, response.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task Signing_in_sets_an_http_only_lax_cookie_and_opens_the_class_list()
    {
        using var client = fixture.NewClient();

        using var response = await client.SignInAsync("GRACE", fixture.Seed.GracePassword);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(InstructorAuthentication.CookieName + "=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/instructor", cookie, StringComparison.OrdinalIgnoreCase);
        var (status, html) = await client.GetAsync("/instructor");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Physiology 101", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_password_and_an_unknown_login_get_the_same_answer_and_no_session()
    {
        using var client = fixture.NewClient();

        using var wrong = await client.SignInAsync("grace", "not the password");
        var wrongHtml = await wrong.Content.ReadAsStringAsync();
        using var unknown = await client.SignInAsync("nobody-at-all", "not the password");
        var unknownHtml = await unknown.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Equal(wrong.StatusCode, unknown.StatusCode);
        Assert.Contains(LoginEndpoints.FailedMessage, wrongHtml, StringComparison.Ordinal);
        Assert.Contains(LoginEndpoints.FailedMessage, unknownHtml, StringComparison.Ordinal);
        Assert.DoesNotContain(client.Cookies.GetAllCookies(), c => c.Name == InstructorAuthentication.CookieName);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/instructor")).Status);
    }

    [Fact]
    public async Task A_post_without_the_anti_forgery_token_is_refused()
    {
        using var client = fixture.NewClient();
        await client.Http.GetStringAsync("/instructor/login");

        using var response = await client.Http.PostAsync("/instructor/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["login"] = "grace",
            ["password"] = fixture.Seed.GracePassword,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(client.Cookies.GetAllCookies(), c => c.Name == InstructorAuthentication.CookieName);
    }

    [Fact]
    public async Task Signing_out_needs_the_token_and_ends_the_session_even_for_a_copied_cookie()
    {
        using var client = fixture.NewClient();
        await client.SignedInAsync("grace", fixture.Seed.GracePassword);
        var page = await client.Http.GetStringAsync("/instructor");
        var sessionCookie = client.Cookies.GetAllCookies().Single(c => c.Name == InstructorAuthentication.CookieName).Value;

        using (var forged = await client.Http.PostAsync("/instructor/logout", new FormUrlEncodedContent(new Dictionary<string, string>())))
        {
            Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        }

        using var signOut = await client.Http.PostAsync("/instructor/logout", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = DashboardClient.FormToken(page),
        }));

        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/instructor")).Status);
        Assert.Equal(HttpStatusCode.Redirect, await WithCookieAsync(sessionCookie));
    }

    [Fact]
    public async Task A_copied_session_cookie_works_until_its_session_signs_out()
    {
        using var client = fixture.NewClient();
        await client.SignedInAsync("grace", fixture.Seed.GracePassword);
        var sessionCookie = client.Cookies.GetAllCookies().Single(c => c.Name == InstructorAuthentication.CookieName).Value;

        Assert.Equal(HttpStatusCode.OK, await WithCookieAsync(sessionCookie));
    }

    [Fact]
    public async Task After_signing_in_the_return_address_is_followed_only_inside_the_dashboard()
    {
        using var inside = fixture.NewClient();
        using var outside = fixture.NewClient();

        using var kept = await inside.SignInAsync("grace", fixture.Seed.GracePassword, "/instructor/classes/" + fixture.Seed.PhysiologyCode);
        using var dropped = await outside.SignInAsync("grace", fixture.Seed.GracePassword, "https://evil.example/instructor");

        Assert.Equal("/instructor/classes/" + fixture.Seed.PhysiologyCode, kept.Headers.Location?.OriginalString);
        Assert.Equal("/instructor", dropped.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Repeated_failures_for_one_login_are_throttled()
    {
        using var client = fixture.NewClient();
        for (var i = 0; i < LoginThrottle.MaximumFailures; i++)
        {
            using var failed = await client.SignInAsync("throttled-login", "wrong password " + i);
            Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        }

        using var refused = await client.SignInAsync("throttled-login", "wrong password again");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Contains("Too many failed sign-ins", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_return_address_of_a_redirect_to_sign_in_is_kept_in_the_form()
    {
        using var client = fixture.NewClient();

        var (_, html) = await client.GetAsync("/instructor/login?ReturnUrl=%2Finstructor%2Fclasses%2FABC123");

        Assert.Contains("name=\"returnUrl\" value=\"/instructor/classes/ABC123\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/instructor/classes/ABC123", "/instructor/classes/ABC123")]
    [InlineData("/instructor", "/instructor")]
    [InlineData("https://evil.example/instructor", "/instructor")]
    [InlineData("//evil.example/instructor", "/instructor")]
    [InlineData("/instructor//evil.example", "/instructor")]
    [InlineData("/instructor/login", "/instructor")]
    [InlineData("/instructorx", "/instructor")]
    [InlineData(null, "/instructor")]
    public void Only_dashboard_addresses_are_followed_after_sign_in(string? returnUrl, string expected) =>
        Assert.Equal(expected, LoginEndpoints.SafeReturnUrl(returnUrl));

    [Fact]
    public async Task A_failed_sign_in_is_logged_without_the_login_or_the_password()
    {
        using var log = new CapturedLog();
        fixture.Server.Services.GetRequiredService<ILoggerFactory>().AddProvider(log);
        using var client = fixture.NewClient();

        using var response = await client.SignInAsync("logged-login-name", "Pa55word-that-must-not-be-logged");

        Assert.Contains(log.Messages, m => m.Contains("sign-in from", StringComparison.Ordinal));
        Assert.DoesNotContain(log.Messages, m => m.Contains("Pa55word-that-must-not-be-logged", StringComparison.Ordinal));
        Assert.DoesNotContain(log.Messages, m => m.Contains("logged-login-name", StringComparison.Ordinal));
    }

    /// <summary>The status of the class list requested by a client holding only this session cookie.</summary>
    private async Task<HttpStatusCode> WithCookieAsync(string sessionCookie)
    {
        using var handler = new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false };
        using var raw = new HttpClient(handler) { BaseAddress = fixture.Server.Address };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/instructor");
        request.Headers.Add("Cookie", $"{InstructorAuthentication.CookieName}={sessionCookie}");
        using var response = await raw.SendAsync(request);
        return response.StatusCode;
    }
}
