namespace ElectroTutor.Server.Tests.Deployment;

/// <summary>Paths into the repository the tests were built from, found by walking up to <c>ElectroTutor.sln</c>.</summary>
internal static class RepositoryFiles
{
    private static readonly Lazy<string> RootDirectory = new(() =>
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ElectroTutor.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Cannot find ElectroTutor.sln above the test binaries.");
    });

    public static string Root => RootDirectory.Value;

    /// <summary>The full path of a repository-relative path given with forward slashes.</summary>
    public static string PathOf(string relativePath) =>
        Path.GetFullPath(Path.Combine(Root, relativePath.Replace('/', Path.DirectorySeparatorChar)));
}
