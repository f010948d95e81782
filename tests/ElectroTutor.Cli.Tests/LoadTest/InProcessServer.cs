using ElectroTutor.Server;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace ElectroTutor.Cli.Tests.LoadTest;

/// <summary>The real tutor server on Kestrel at 127.0.0.1 (a free port), over a SQLite file, with rate limits off for load.</summary>
internal sealed class InProcessServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private InProcessServer(WebApplication app, string address) => (this.app, Address) = (app, address);

    /// <summary>The server's base address, e.g. http://127.0.0.1:40123.</summary>
    public string Address { get; }

    public static async Task<InProcessServer> StartAsync(string databasePath)
    {
        var started = TutorServer.Build(["--urls", "http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning", "--ElectroTutor:RateLimits:Enabled=false", $"--ConnectionStrings:Tutor={databasePath}"]);
        await started.StartAsync().ConfigureAwait(false);
        var address = started.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        return new InProcessServer(started, address);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync().ConfigureAwait(false);
        await app.DisposeAsync().ConfigureAwait(false);
    }
}
