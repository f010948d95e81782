using System.Text;
using Microsoft.AspNetCore.Antiforgery;

namespace ElectroTutor.Server.Instructors;

/// <summary>The dashboard's responses: pages, the error pages, and the headers every dashboard response carries.</summary>
internal static class DashboardResults
{
    /// <summary>
    /// The pages' Content-Security-Policy: nothing but the page itself, its style sheet and same-origin forms. The
    /// dashboard has no script at all, so none is allowed.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    /// <summary>Sets the security headers of a dashboard response.</summary>
    public static void AddSecurityHeaders(HttpResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var headers = response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "same-origin";
        // The same values anti-forgery insists on, so it need not override (and warn about) them.
        headers.CacheControl = "no-cache, no-store";
        headers.Pragma = "no-cache";
    }

    /// <summary>An HTML page.</summary>
    public static IResult Page(string html, int statusCode = StatusCodes.Status200OK) =>
        Results.Text(html, "text/html; charset=utf-8", Encoding.UTF8, statusCode);

    /// <summary>A 404 page that says nothing about whether the thing exists for someone else.</summary>
    public static IResult NotFound(DashboardSession session, string message) =>
        Page(DashboardLayout.Render("Not found", session, [(InstructorRoutes.Root, "Your classes")], new HtmlWriter().Element("p", message)), StatusCodes.Status404NotFound);

    /// <summary>A 400 page explaining what was wrong with the request.</summary>
    public static IResult BadRequest(DashboardSession? session, string message) =>
        Page(DashboardLayout.Render("That request could not be read", session, session is null ? [] : [(InstructorRoutes.Root, "Your classes")],
            new HtmlWriter().Element("p", message, ("class", "error"), ("role", "alert"))), StatusCodes.Status400BadRequest);

    /// <summary>True when the posted form carries a valid anti-forgery token.</summary>
    public static async Task<bool> HasValidAntiforgeryTokenAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var antiforgery = context.RequestServices.GetRequiredService<IAntiforgery>();
        try
        {
            await antiforgery.ValidateRequestAsync(context);
            return true;
        }
        catch (AntiforgeryValidationException)
        {
            return false;
        }
    }

    /// <summary>The message shown when a form's anti-forgery token is missing or stale.</summary>
    public const string StaleForm = "The form could not be verified (it is missing its security token, or it expired). Reload the page and send it again.";
}
