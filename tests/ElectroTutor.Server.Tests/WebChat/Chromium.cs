namespace ElectroTutor.Server.Tests.WebChat;

/// <summary>
/// The Chromium the browser tests drive: <c>ElectroTutor__Chromium</c> if set, else Debian's <c>/usr/bin/chromium</c>.
/// Playwright is never allowed to download a browser of its own.
/// </summary>
internal static class Chromium
{
    public const string EnvironmentVariable = "ElectroTutor__Chromium";

    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } path ? path : "/usr/bin/chromium";

    /// <summary>Why browser tests are skipped, or null when the executable exists.</summary>
    public static string? SkipReason => File.Exists(ExecutablePath)
        ? null
        : $"no Chromium at {ExecutablePath}: install it (Debian: apt-get install chromium) or set {EnvironmentVariable} to its path (.ci/run does)";
}
