using System.Text.Json;

namespace ElectroTutor.Server.Tests.Deployment;

/// <summary>
/// The offline Teams manifest validator of <c>deployment/teams</c> (node and <c>@microsoft/app-manifest</c>, installed
/// by <c>npm ci --prefix deployment/teams</c>, which <c>.ci/run</c> does).
/// </summary>
internal static class TeamsManifestValidator
{
    public static string Script => RepositoryFiles.PathOf("deployment/teams/validate-manifest.mjs");

    public static string? Node => ExternalProcess.FindOnPath("node");

    /// <summary>Why the validator cannot run here, or null when node and the npm package are installed.</summary>
    public static string? SkipReason =>
        Node is null
            ? "node is not on PATH (Debian: apt-get install nodejs npm), so the Teams manifest cannot be validated here"
            : !File.Exists(RepositoryFiles.PathOf("deployment/teams/node_modules/@microsoft/app-manifest/package.json"))
                ? "@microsoft/app-manifest is not installed: run npm ci --prefix deployment/teams (.ci/run does)"
                : null;

    /// <summary>Validates a manifest file; returns the exit code and the errors the script printed as a JSON list.</summary>
    public static async Task<(int ExitCode, IReadOnlyList<string> Errors)> ValidateAsync(string manifestPath)
    {
        var run = await ExternalProcess.RunAsync(Node!, [Script, manifestPath]);
        Assert.True(run.ExitCode is 0 or 1, $"the validator could not run (exit {run.ExitCode}): {run.StandardError}");
        var errors = JsonSerializer.Deserialize<string[]>(run.StandardOutput)
            ?? throw new InvalidOperationException("The validator printed null instead of a list of errors.");
        return (run.ExitCode, errors);
    }
}
