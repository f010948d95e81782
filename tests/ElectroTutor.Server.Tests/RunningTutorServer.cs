using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace ElectroTutor.Server.Tests;

/// <summary>The real server application on Kestrel at 127.0.0.1 on a free port, as a browser reaches it.</summary>
internal sealed class RunningTutorServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private readonly string _databaseFile;

    private RunningTutorServer(WebApplication app, Uri address, string databaseFile)
    {
        _app = app;
        _databaseFile = databaseFile;
        Address = address;
        Client = new HttpClient { BaseAddress = address };
    }

    /// <summary>The server's base address, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri Address { get; }

    public HttpClient Client { get; }

    public string DatabaseFile => _databaseFile;

    /// <summary>The application's services, e.g. to add a logger provider after start.</summary>
    public IServiceProvider Services => _app.Services;

    public static async Task<RunningTutorServer> StartAsync(params string[] extraArgs)
    {
        var databaseFile = Path.Combine(Path.GetTempPath(), $"electrotutor-server-test-{Guid.NewGuid():N}.db");
        var app = TutorServer.Build(["--urls", "http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning", $"--ConnectionStrings:Tutor={databaseFile}", .. extraArgs]);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        return new RunningTutorServer(app, new Uri(address + "/"), databaseFile);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        foreach (var file in new[] { _databaseFile, _databaseFile + "-wal", _databaseFile + "-shm" })
        {
            File.Delete(file);
        }
    }
}
