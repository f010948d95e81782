namespace ElectroTutor.Server.Instructors;

/// <summary>
/// Wires the instructor dashboard (<c>/instructor</c>, cookie sign-in) and the report API (<c>/api/classes/{code}/report</c>,
/// API token) into the server: one call for the services, one for the pipeline and endpoints.
/// </summary>
internal static class InstructorDashboard
{
    /// <summary>Registers sign-in, anti-forgery, the login throttle and the dashboard's queries.</summary>
    public static IServiceCollection AddInstructorDashboard(this IServiceCollection services)
    {
        services.AddInstructorAuthentication();
        services.AddSingleton<LoginThrottle>();
        services.AddSingleton<DashboardData>();
        return services;
    }

    /// <summary>
    /// Adds authentication, authorization and anti-forgery to the pipeline for the dashboard's paths and maps the
    /// dashboard and the API.
    /// </summary>
    public static WebApplication UseInstructorDashboard(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);

        // Only the dashboard signs in with a cookie and posts forms, so only its requests look for a sign-in cookie
        // and an anti-forgery token: the messaging endpoints, Direct Line, charts and the report API (which checks its
        // own bearer token) are spared that work on every request. Paths match without regard to case, as routing
        // does. An endpoint elsewhere that asked for authorization would fail closed: routing refuses to run it
        // without the authorization middleware.
        app.UseWhen(
            context => context.Request.Path.StartsWithSegments(InstructorRoutes.Root, StringComparison.OrdinalIgnoreCase),
            dashboard =>
            {
                dashboard.UseAuthentication();
                dashboard.UseAuthorization();
                dashboard.UseAntiforgery();
            });

        var dashboard = app.MapGroup(InstructorRoutes.Root).AddEndpointFilter(async (context, next) =>
        {
            DashboardResults.AddSecurityHeaders(context.HttpContext.Response);
            return await next(context);
        });
        dashboard.MapGet("/dashboard.css", (HttpContext context) =>
        {
            context.Response.Headers.CacheControl = "public, max-age=3600";
            return Results.Text(DashboardStyles.Css, "text/css; charset=utf-8");
        });
        dashboard.MapLogin();
        dashboard.MapGroup(string.Empty).RequireAuthorization(InstructorRoutes.Policy).MapDashboardPages();
        app.MapReportApi();
        return app;
    }
}
