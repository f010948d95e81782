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

    /// <summary>Adds authentication, authorization and anti-forgery to the pipeline and maps the dashboard and the API.</summary>
    public static WebApplication UseInstructorDashboard(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);

        // These run for every request, though only the dashboard signs in. Confining them to the dashboard's paths with
        // UseWhen does not spare the other requests: a WebApplication whose own pipeline never called them adds them
        // itself, for every request, whenever their services are registered.
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();

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
