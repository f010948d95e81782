using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace ElectroTutor.Server.Tests.Deployment;

/// <summary>
/// Docker cannot run where the tests run, so these check what can be checked without it: that the Dockerfile's
/// stages and paths refer to files of this repository, and that compose wires the server to PostgreSQL and health.
/// </summary>
public sealed partial class DockerFilesTests
{
    private static readonly string DockerfilePath = RepositoryFiles.PathOf("deployment/docker/Dockerfile");
    private static readonly IReadOnlyList<DockerfileInstruction> Dockerfile = DockerfileInstruction.Read(DockerfilePath);

    [Fact]
    public void The_image_is_built_on_the_dotnet_10_sdk_and_runs_on_the_aspnet_10_runtime()
    {
        var stages = Dockerfile.Where(i => i.Keyword == "FROM").Select(i => i.Arguments).ToList();

        Assert.Equal(["mcr.microsoft.com/dotnet/sdk:10.0 AS build", "mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime"], stages);
        Assert.Contains(Dockerfile, i => i.Stage == 0 && i.Keyword == "RUN" && i.Arguments.Contains("install", StringComparison.Ordinal)
            && i.Arguments.Contains(" npm", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_file_the_build_copies_from_the_context_exists_in_the_repository()
    {
        var sources = Dockerfile
            .Where(i => i.Keyword == "COPY" && !i.Arguments.StartsWith("--from", StringComparison.Ordinal))
            .SelectMany(i => i.Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries).SkipLast(1))
            .ToList();

        Assert.Contains("src/", sources);
        Assert.Contains("data/", sources);
        Assert.All(sources, source => Assert.True(
            File.Exists(RepositoryFiles.PathOf(source)) || Directory.Exists(RepositoryFiles.PathOf(source)),
            $"COPY {source}: no such file or folder in the repository"));
    }

    [Fact]
    public void The_published_projects_exist_and_the_server_is_the_entry_point()
    {
        var projects = PublishedProjects().Matches(string.Join('\n', Dockerfile.Where(i => i.Keyword == "RUN").Select(i => i.Arguments)))
            .Select(m => m.Groups["project"].Value)
            .ToList();

        Assert.Contains("src/ElectroTutor.Server/ElectroTutor.Server.csproj", projects);
        Assert.All(projects, project => Assert.True(File.Exists(RepositoryFiles.PathOf(project)), $"dotnet publish {project}: no such project"));
        Assert.Equal("""["dotnet", "ElectroTutor.Server.dll"]""", Dockerfile.Single(i => i.Keyword == "ENTRYPOINT").Arguments);
    }

    [Fact]
    public void The_question_bank_the_image_carries_is_complete()
    {
        Assert.True(File.Exists(RepositoryFiles.PathOf("data/skills.yaml")));
        Assert.True(File.Exists(RepositoryFiles.PathOf("data/misconceptions.yaml")));
        Assert.NotEmpty(Directory.EnumerateFiles(RepositoryFiles.PathOf("data/templates"), "*.yaml"));
    }

    [Fact]
    public void The_runtime_runs_unprivileged_on_port_8080_with_health_and_the_database_on_a_volume()
    {
        var runtime = Dockerfile.Where(i => i.Stage == 1).ToList();

        Assert.Equal("$APP_UID", runtime.Single(i => i.Keyword == "USER").Arguments);
        Assert.Equal("8080", runtime.Single(i => i.Keyword == "EXPOSE").Arguments);
        Assert.Equal("/var/lib/electrotutor", runtime.Single(i => i.Keyword == "VOLUME").Arguments);
        var environment = runtime.Single(i => i.Keyword == "ENV").Arguments;
        Assert.Contains("ASPNETCORE_URLS=http://+:8080", environment, StringComparison.Ordinal);
        Assert.Contains("ConnectionStrings__Tutor=\"Data Source=/var/lib/electrotutor/tutor.db\"", environment, StringComparison.Ordinal);
        Assert.Contains("/dev/tcp/127.0.0.1/8080", runtime.Single(i => i.Keyword == "HEALTHCHECK").Arguments, StringComparison.Ordinal);
        Assert.Contains("GET /healthz", runtime.Single(i => i.Keyword == "HEALTHCHECK").Arguments, StringComparison.Ordinal);
    }

    [Fact]
    public void The_build_context_keeps_the_sources_and_the_bank()
    {
        var ignored = File.ReadAllLines(RepositoryFiles.PathOf("deployment/docker/Dockerfile.dockerignore"))
            .Select(l => l.Trim().TrimEnd('/'))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .ToList();

        Assert.Contains("**/obj", ignored);
        Assert.Contains("**/bin", ignored);
        Assert.DoesNotContain("src", ignored);
        Assert.DoesNotContain("data", ignored);
        Assert.DoesNotContain(ignored, l => l.StartsWith("Directory.", StringComparison.Ordinal) || l == "*" || l == "**");
    }

    [Fact]
    public void Compose_runs_the_server_on_postgres_16_once_it_is_healthy()
    {
        var services = Compose()["services"];
        var server = services["server"];
        var postgres = services["postgres"];

        Assert.Equal("Postgres", Scalar(server["environment"]["Database__Provider"]));
        Assert.Equal("service_healthy", Scalar(server["depends_on"]["postgres"]["condition"]));
        Assert.Equal(["5080:8080"], Sequence(server["ports"]));
        Assert.Equal([".env"], server["env_file"] is YamlScalarNode single ? [single.Value!] : Sequence(server["env_file"]));
        Assert.Equal("postgres:16", Scalar(postgres["image"]));
        Assert.Contains("pg_isready", string.Join(' ', Sequence(postgres["healthcheck"]["test"])), StringComparison.Ordinal);
        var volume = Sequence(postgres["volumes"]).Single().Split(':')[0];
        Assert.True(((YamlMappingNode)Compose()["volumes"]).Children.ContainsKey(volume), $"{volume} should be a named volume");
    }

    [Fact]
    public void Compose_checks_the_servers_health_endpoint_and_builds_this_repository()
    {
        var server = Compose()["services"]["server"];

        Assert.Contains("GET /healthz", string.Join(' ', Sequence(server["healthcheck"]["test"])), StringComparison.Ordinal);
        var context = Path.GetFullPath(Path.Combine(RepositoryFiles.PathOf("deployment/docker"), Scalar(server["build"]["context"])));
        Assert.Equal(RepositoryFiles.Root.TrimEnd(Path.DirectorySeparatorChar), context.TrimEnd(Path.DirectorySeparatorChar));
        Assert.Equal(DockerfilePath, Path.Combine(context, Scalar(server["build"]["dockerfile"])));
    }

    [Fact]
    public void The_example_env_file_holds_placeholders_and_the_real_one_is_never_committed()
    {
        var example = File.ReadAllLines(RepositoryFiles.PathOf("deployment/docker/.env.example"));
        var connection = example.Single(l => l.StartsWith("ConnectionStrings__Tutor=", StringComparison.Ordinal));

        Assert.Contains("Host=postgres;", connection, StringComparison.Ordinal);
        Assert.Contains("change-me", connection, StringComparison.Ordinal);
        Assert.Contains("deployment/docker/.env", File.ReadAllLines(RepositoryFiles.PathOf(".gitignore")));
    }

    [Fact]
    public async Task The_container_health_probe_reads_ok_from_the_real_server()
    {
        var probe = Sequence(Compose()["services"]["server"]["healthcheck"]["test"]);
        Assert.Equal(["CMD", "bash", "-c"], probe.Take(3));
        await using var server = await RunningTutorServer.StartAsync();

        var healthy = await ExternalProcess.RunAsync("bash", ["-c", probe[3].Replace("/8080", $"/{server.Address.Port}", StringComparison.Ordinal)]);
        var missing = await ExternalProcess.RunAsync("bash", ["-c", probe[3]
            .Replace("/8080", $"/{server.Address.Port}", StringComparison.Ordinal)
            .Replace("/healthz", "/no-such-page", StringComparison.Ordinal)]);

        Assert.Equal(0, healthy.ExitCode);
        Assert.NotEqual(0, missing.ExitCode);
    }

    private static YamlNode Compose()
    {
        using var reader = new StreamReader(RepositoryFiles.PathOf("deployment/docker/compose.yaml"));
        var stream = new YamlStream();
        stream.Load(reader);
        return stream.Documents.Single().RootNode;
    }

    private static string Scalar(YamlNode node) => ((YamlScalarNode)node).Value!;

    private static List<string> Sequence(YamlNode node) => ((YamlSequenceNode)node).Children.Select(Scalar).ToList();

    [GeneratedRegex(@"dotnet publish (?<project>\S+\.csproj)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PublishedProjects();
}
