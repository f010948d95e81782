using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using ElectroTutor.Server;

namespace ElectroTutor.Cli.Tests.LoadTest;

/// <summary>
/// The real tutor server as its own process (<c>dotnet ElectroTutor.Server.dll</c>, the build this test project references),
/// on a fixed loopback port and a given SQLite file, so that it can be killed outright and started again on the same address.
/// </summary>
internal sealed class ServerProcess : IDisposable
{
    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(60);

    private readonly Process process;

    private ServerProcess(Process process) => this.process = process;

    /// <summary>A loopback port nobody listens on at the moment.</summary>
    public static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    /// <summary>Starts the server and waits until <c>/healthz</c> answers.</summary>
    public static async Task<ServerProcess> StartAsync(Uri address, string databaseFile, params string[] extraArgs)
    {
        var serverDll = typeof(TutorServer).Assembly.Location;
        var start = new ProcessStartInfo("dotnet")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(serverDll)!,
        };
        foreach (var argument in new[] { serverDll, "--urls", address.GetLeftPart(UriPartial.Authority), $"--ConnectionStrings:Tutor={databaseFile}", "--Logging:LogLevel:Default=Warning" }.Concat(extraArgs))
        {
            start.ArgumentList.Add(argument);
        }

        var started = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        started.OutputDataReceived += (_, _) => { };
        started.ErrorDataReceived += (_, _) => { };
        started.BeginOutputReadLine();
        started.BeginErrorReadLine();
        var server = new ServerProcess(started);
        using var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = Stopwatch.GetTimestamp() + (long)(StartLimit.TotalSeconds * Stopwatch.Frequency);
        while (Stopwatch.GetTimestamp() < deadline && !started.HasExited)
        {
            try
            {
                using var health = await client.GetAsync("healthz").ConfigureAwait(false);
                if (health.StatusCode == HttpStatusCode.OK)
                    return server;
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            await Task.Delay(100).ConfigureAwait(false);
        }

        server.Dispose();
        throw new InvalidOperationException($"The server at {address} did not become healthy within {StartLimit} (exited: {started.HasExited}).");
    }

    /// <summary>SIGKILL: no shutdown, no flush, as a crash or an out-of-memory kill.</summary>
    public async Task KillAsync()
    {
        process.Kill();
        await process.WaitForExitAsync().ConfigureAwait(false);
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill();
            process.WaitForExit();
        }

        process.Dispose();
    }
}
