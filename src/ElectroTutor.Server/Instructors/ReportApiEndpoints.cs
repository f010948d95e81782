using System.Net.Http.Headers;

namespace ElectroTutor.Server.Instructors;

/// <summary>
/// <c>GET /api/classes/{code}/report?format=csv|json[&amp;table=mastery|items][&amp;from=…&amp;to=…]</c> for scripts:
/// authenticated by the instructor's API token (<c>Authorization: Bearer …</c>), answering only for the token owner's
/// classes. Errors are JSON <c>{"error": "…"}</c>: 401 with <c>WWW-Authenticate</c>, 404, or 400 saying what to fix.
/// </summary>
internal static class ReportApiEndpoints
{
    /// <summary>The challenge sent with a 401.</summary>
    public const string Realm = "Bearer realm=\"ElectroTutor reports\"";

    /// <summary>Maps the report API.</summary>
    public static void MapReportApi(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/api/classes/{code}/report", ReportAsync);

    private static async Task<IResult> ReportAsync(
        HttpContext context, string code, string? format, string? table, string? from, string? to, DashboardData data, ILoggerFactory loggers)
    {
        context.Response.Headers.CacheControl = "no-store";
        var token = BearerToken(context.Request);
        if (token is null)
        {
            context.Response.Headers.WWWAuthenticate = Realm;
            return Error(StatusCodes.Status401Unauthorized, "Send the instructor's API token as 'Authorization: Bearer TOKEN' (create one with: electrotutor instructor add LOGIN --token).");
        }

        var instructor = token.Length > 512 ? null : await data.Instructors.VerifyApiTokenAsync(token, context.RequestAborted);
        if (instructor is null)
        {
            InstructorLog.ApiTokenRejected(loggers.CreateLogger(typeof(ReportApiEndpoints).FullName!), context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
            context.Response.Headers.WWWAuthenticate = Realm + ", error=\"invalid_token\"";
            return Error(StatusCodes.Status401Unauthorized, "The API token is not valid.");
        }

        if (await data.OwnedClassAsync(instructor.Id, code, context.RequestAborted) is not { } owned)
        {
            return Error(StatusCodes.Status404NotFound, $"None of your classes has the join code '{code}'.");
        }

        if (ReportExport.Parse(format, table, out var formatProblem) is not { } export)
        {
            return Error(StatusCodes.Status400BadRequest, formatProblem!);
        }

        if (DashboardPeriod.Parse(from, to, out var periodProblem) is not { } period)
        {
            return Error(StatusCodes.Status400BadRequest, periodProblem!);
        }

        return export.Result(await data.ReportAsync(owned, period, export.Scope, context.RequestAborted));
    }

    /// <summary>The token of an <c>Authorization: Bearer</c> header, or null when there is none.</summary>
    private static string? BearerToken(HttpRequest request) =>
        AuthenticationHeaderValue.TryParse(request.Headers.Authorization.ToString(), out var header)
        && string.Equals(header.Scheme, "Bearer", StringComparison.OrdinalIgnoreCase)
        && !string.IsNullOrWhiteSpace(header.Parameter)
            ? header.Parameter.Trim()
            : null;

    private static IResult Error(int statusCode, string message) => Results.Json(new { error = message }, statusCode: statusCode);
}
