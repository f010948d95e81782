using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using ElectroTutor.Data.Instructors;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace ElectroTutor.Server.Instructors;

/// <summary>
/// How an instructor's browser session is proved: an encrypted cookie (HttpOnly, SameSite=Lax, Secure whenever the
/// request came over HTTPS, scoped to <c>/instructor</c>, eight hours sliding) carrying the instructor's id and a
/// random session id that <see cref="SignedOutSessions"/> can revoke, plus an anti-forgery token on every form.
/// </summary>
internal static class InstructorAuthentication
{
    /// <summary>The cookie authentication scheme of the dashboard.</summary>
    public const string Scheme = "InstructorCookie";

    /// <summary>The session cookie's name.</summary>
    public const string CookieName = "electrotutor.instructor";

    /// <summary>The anti-forgery cookie's name.</summary>
    public const string AntiforgeryCookieName = "electrotutor.antiforgery";

    /// <summary>The form field carrying the anti-forgery token.</summary>
    public const string AntiforgeryField = "__RequestVerificationToken";

    /// <summary>How long a session lasts without use.</summary>
    public static readonly TimeSpan SessionLifetime = TimeSpan.FromHours(8);

    private const string InstructorIdClaim = "electrotutor:instructor_id";
    private const string SessionClaim = "electrotutor:session";

    /// <summary>Registers cookie authentication, the policy the dashboard's pages require, and anti-forgery.</summary>
    public static void AddInstructorAuthentication(this IServiceCollection services)
    {
        services.AddSingleton<SignedOutSessions>();
        services.AddAuthentication(Scheme).AddCookie(Scheme, options =>
        {
            options.Cookie.Name = CookieName;
            options.Cookie.Path = InstructorRoutes.Root;
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.LoginPath = InstructorRoutes.Login;
            options.LogoutPath = InstructorRoutes.Logout;
            options.AccessDeniedPath = InstructorRoutes.Login;
            options.ExpireTimeSpan = SessionLifetime;
            options.SlidingExpiration = true;
            options.Events.OnValidatePrincipal = async context =>
            {
                var sessions = context.HttpContext.RequestServices.GetRequiredService<SignedOutSessions>();
                if (InstructorId(context.Principal) is null || SessionId(context.Principal) is not { } session || sessions.IsSignedOut(session))
                {
                    context.RejectPrincipal();
                    await context.HttpContext.SignOutAsync(Scheme);
                }
            };
        });
        services.AddAuthorizationBuilder().AddPolicy(InstructorRoutes.Policy, policy => policy
            .AddAuthenticationSchemes(Scheme)
            .RequireAuthenticatedUser()
            .RequireClaim(InstructorIdClaim));
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = AntiforgeryCookieName;
            options.Cookie.Path = InstructorRoutes.Root;
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.FormFieldName = AntiforgeryField;
        });
    }

    /// <summary>The identity a signed-in instructor's cookie carries: id, login and a fresh session id.</summary>
    public static ClaimsPrincipal Principal(InstructorRecord instructor)
    {
        ArgumentNullException.ThrowIfNull(instructor);
        var identity = new ClaimsIdentity(
            [
                new Claim(InstructorIdClaim, instructor.Id.ToString(CultureInfo.InvariantCulture)),
                new Claim(ClaimTypes.Name, instructor.LoginName),
                new Claim(SessionClaim, Convert.ToHexString(RandomNumberGenerator.GetBytes(16))),
            ],
            Scheme);
        return new ClaimsPrincipal(identity);
    }

    /// <summary>The signed-in instructor's id, or null for anyone else.</summary>
    public static long? InstructorId(ClaimsPrincipal? user) =>
        user?.FindFirst(InstructorIdClaim)?.Value is { } text && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    /// <summary>The session id of a signed-in instructor, or null.</summary>
    public static string? SessionId(ClaimsPrincipal? user) => user?.FindFirst(SessionClaim)?.Value;
}
