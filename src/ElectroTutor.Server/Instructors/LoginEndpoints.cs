using System.Globalization;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;

namespace ElectroTutor.Server.Instructors;

/// <summary>
/// Signing in and out of the dashboard. A failed sign-in says the same thing whether the login is unknown or the
/// password wrong, and repeated failures are throttled per login and per address (<see cref="LoginThrottle"/>).
/// </summary>
internal static class LoginEndpoints
{
    /// <summary>The message for every failed sign-in.</summary>
    public const string FailedMessage = "That login and password do not match an instructor. Check both and try again.";

    private const int MaximumLoginLength = 200;
    private const int MaximumPasswordLength = 1024;

    /// <summary>Maps <c>GET/POST /instructor/login</c> and <c>POST /instructor/logout</c> onto <paramref name="group"/>.</summary>
    public static void MapLogin(this RouteGroupBuilder group)
    {
        group.MapGet("/login", (HttpContext context, string? returnUrl) =>
            InstructorAuthentication.InstructorId(context.User) is not null
                ? Results.Redirect(SafeReturnUrl(returnUrl))
                : DashboardResults.Page(LoginPage.Render(Token(context), error: null, returnUrl, loginName: null)));
        group.MapPost("/login", SignInAsync);
        group.MapPost("/logout", SignOutAsync);
    }

    /// <summary>A return address inside the dashboard, or the class list for anything else (no open redirects).</summary>
    public static string SafeReturnUrl(string? returnUrl) =>
        returnUrl is { Length: > 0 } url
        && (url == InstructorRoutes.Root || url.StartsWith(InstructorRoutes.Root + "/", StringComparison.Ordinal))
        && !url.Contains("//", StringComparison.Ordinal) && !url.Contains('\\', StringComparison.Ordinal)
        && !url.StartsWith(InstructorRoutes.Login, StringComparison.Ordinal)
            ? url
            : InstructorRoutes.Root;

    private static async Task<IResult> SignInAsync(HttpContext context, DashboardData data, LoginThrottle throttle, ILoggerFactory loggers)
    {
        if (!context.Request.HasFormContentType || !await DashboardResults.HasValidAntiforgeryTokenAsync(context))
        {
            return DashboardResults.BadRequest(null, DashboardResults.StaleForm);
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var login = form["login"].ToString().Trim();
        var password = form["password"].ToString();
        var returnUrl = form["returnUrl"].ToString();
        var address = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        var logger = loggers.CreateLogger(typeof(LoginEndpoints).FullName!);

        if (throttle.RetryAfter(login, address) is { } wait)
        {
            var seconds = (int)Math.Ceiling(wait.TotalSeconds);
            InstructorLog.Throttled(logger, address, seconds);
            context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            var minutes = Math.Max(1, (int)Math.Ceiling(wait.TotalMinutes));
            return DashboardResults.Page(
                LoginPage.Render(Token(context), $"Too many failed sign-ins. Wait {minutes} minute(s) and try again.", returnUrl, login),
                StatusCodes.Status429TooManyRequests);
        }

        var instructor = login.Length is 0 or > MaximumLoginLength || password.Length is 0 or > MaximumPasswordLength
            ? null
            : await data.Instructors.VerifyPasswordAsync(login, password, context.RequestAborted);
        if (instructor is null)
        {
            throttle.Failed(login, address);
            InstructorLog.SignInFailed(logger, address);
            return DashboardResults.Page(LoginPage.Render(Token(context), FailedMessage, returnUrl, login));
        }

        throttle.Succeeded(login);
        await context.SignInAsync(InstructorAuthentication.Scheme, InstructorAuthentication.Principal(instructor), new AuthenticationProperties { IsPersistent = false });
        InstructorLog.SignedIn(logger, instructor.Id, address);
        return Results.Redirect(SafeReturnUrl(returnUrl));
    }

    private static async Task<IResult> SignOutAsync(HttpContext context, SignedOutSessions sessions)
    {
        if (!context.Request.HasFormContentType || !await DashboardResults.HasValidAntiforgeryTokenAsync(context))
        {
            return DashboardResults.BadRequest(null, DashboardResults.StaleForm);
        }

        if (InstructorAuthentication.SessionId(context.User) is { } session)
        {
            sessions.SignOut(session);
        }

        await context.SignOutAsync(InstructorAuthentication.Scheme);
        return Results.Redirect(InstructorRoutes.Login);
    }

    private static string Token(HttpContext context) =>
        context.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(context).RequestToken!;
}
