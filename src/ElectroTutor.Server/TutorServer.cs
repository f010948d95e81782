using ElectroTutor.BotFramework.DirectLine;
using ElectroTutor.BotFramework.Hosting;
using ElectroTutor.Server.Charts;
using ElectroTutor.Server.Instructors;
using ElectroTutor.Server.Tutor;
using ElectroTutor.Server.WebChat;

namespace ElectroTutor.Server;

/// <summary>
/// Builds the tutor's web application: the Bot Framework messaging endpoint, the local Direct Line, the Web Chat
/// page, health, and the instructor dashboard and report API, over the tutor database (migrated to the current schema at start-up). <c>Program</c> runs it;
/// tests build the same application on a port of their own.
/// </summary>
public static class TutorServer
{
    /// <summary>Where the server listens unless <c>--urls</c>, <c>ASPNETCORE_URLS</c> or <c>*_PORTS</c> say otherwise.</summary>
    public const string DefaultUrl = "http://localhost:5080";

    /// <summary>The configuration section of the public endpoints' rate limits (see <see cref="RateLimitOptions"/>).</summary>
    public const string RateLimitsSection = "ElectroTutor:RateLimits";

    /// <summary>The largest request body accepted anywhere (the messaging endpoints set tighter limits of their own).</summary>
    public const long MaximumRequestBytes = 1024 * 1024;

    /// <summary>Configures services and the request pipeline from the command line and the usual configuration sources.</summary>
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        if (string.IsNullOrEmpty(builder.Configuration["urls"])
            && string.IsNullOrEmpty(builder.Configuration["http_ports"])
            && string.IsNullOrEmpty(builder.Configuration["https_ports"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = MaximumRequestBytes);
        builder.AddTutor();
        builder.Services.AddBotRateLimits(builder.Configuration.GetSection(RateLimitsSection));

        var app = builder.Build();
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(30) });
        app.UseRateLimiter();
        app.UseWebChatPage();
        app.MapGet("/healthz", () => Results.Ok(new { status = "ok" }));
        app.MapLocalDirectLine("/v3/directline");
        app.MapBotMessages("/api/messages");
        app.MapCharts();
        app.UseInstructorDashboard();
        return app;
    }
}
