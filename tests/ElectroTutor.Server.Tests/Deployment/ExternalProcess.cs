using System.Diagnostics;

namespace ElectroTutor.Server.Tests.Deployment;

/// <summary>Runs a deployment script to completion and keeps what it printed; no shell is involved in the call.</summary>
internal sealed record ExternalProcess(int ExitCode, string StandardOutput, string StandardError)
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);

    /// <summary>The full path of a program found on <c>PATH</c>, or null.</summary>
    public static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, program))
            .FirstOrDefault(File.Exists);

    /// <summary>
    /// Runs <paramref name="program"/> with <paramref name="arguments"/>; <paramref name="environment"/> entries are set,
    /// or removed when their value is null, so that a variable of the machine running the tests cannot leak in.
    /// </summary>
    public static async Task<ExternalProcess> RunAsync(
        string program, IEnumerable<string> arguments, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepositoryFiles.Root,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>(StringComparer.Ordinal))
        {
            if (value is null) start.Environment.Remove(name);
            else start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException cancelled)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', start.ArgumentList)} did not finish within {Limit}.", cancelled);
        }

        return new ExternalProcess(process.ExitCode, await output, await error);
    }
}
