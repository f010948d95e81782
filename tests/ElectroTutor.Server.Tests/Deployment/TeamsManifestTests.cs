using System.IO.Compression;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ElectroTutor.Server.Tests.Deployment;

public sealed partial class TeamsManifestTests : IDisposable
{
    private const string BotAppId = "0f9e8d7c-6b5a-4c3d-8e2f-1a0b9c8d7e6f";
    private const string TeamsAppId = "8a1d3c7e-2b4f-4e6a-9c0d-1f2e3a4b5c6d";

    private static readonly Dictionary<string, string> TestValues = new(StringComparer.Ordinal)
    {
        ["MICROSOFT_APP_ID"] = BotAppId,
        ["APP_ID_GUID"] = TeamsAppId,
        ["PUBLIC_HOST"] = "electrotutor-test.azurewebsites.net",
        ["PRIVACY_PAGE"] = "example.org/electrotutor/privacy",
        ["TERMS_PAGE"] = "example.org/electrotutor/terms",
        ["APP_VERSION"] = "1.0.0",
        ["DEVELOPER_NAME"] = "ElectroTutor",
    };

    private static readonly string Template = File.ReadAllText(RepositoryFiles.PathOf("deployment/teams/manifest.json"));

    private readonly DirectoryInfo work = Directory.CreateTempSubdirectory("electrotutor-teams-");

    public void Dispose() => work.Delete(recursive: true);

    [TeamsManifestValidatorFact]
    public async Task The_filled_template_is_a_valid_manifest()
    {
        var (exitCode, errors) = await TeamsManifestValidator.ValidateAsync(WriteManifest(Fill(Template)));

        Assert.Empty(errors);
        Assert.Equal(0, exitCode);
    }

    [TeamsManifestValidatorFact]
    public async Task A_lower_case_groupchat_scope_is_reported_invalid()
    {
        var manifest = JsonNode.Parse(Fill(Template))!;
        manifest["bots"]![0]!["scopes"] = new JsonArray("personal", "team", "groupchat");

        var (exitCode, errors) = await TeamsManifestValidator.ValidateAsync(WriteManifest(manifest.ToJsonString()));

        Assert.Equal(1, exitCode);
        Assert.Contains(errors, e => e.StartsWith("/bots/0/scopes/2 ", StringComparison.Ordinal) && e.Contains("groupChat", StringComparison.Ordinal));
    }

    [TeamsManifestValidatorFact]
    public async Task The_unfilled_template_is_refused_naming_each_placeholder()
    {
        var (exitCode, errors) = await TeamsManifestValidator.ValidateAsync(RepositoryFiles.PathOf("deployment/teams/manifest.json"));

        Assert.Equal(1, exitCode);
        foreach (var name in TestValues.Keys)
        {
            Assert.Contains($"placeholder {{{{{name}}}}} was not replaced", errors);
        }
    }

    [Fact]
    public void The_template_is_a_version_1_23_bot_for_every_scope_with_the_tutors_commands()
    {
        var manifest = JsonNode.Parse(Fill(Template))!;
        var bot = manifest["bots"]!.AsArray().Single()!;

        Assert.Equal("1.23", (string?)manifest["manifestVersion"]);
        Assert.Equal("https://developer.microsoft.com/json-schemas/teams/v1.23/MicrosoftTeams.schema.json", (string?)manifest["$schema"]);
        Assert.Equal(TeamsAppId, (string?)manifest["id"]);
        Assert.Equal(BotAppId, (string?)bot["botId"]);
        Assert.Equal(["personal", "team", "groupChat"], bot["scopes"]!.AsArray().Select(s => (string?)s));
        var commands = bot["commandLists"]!.AsArray().SelectMany(list => list!["commands"]!.AsArray()).Select(c => (string?)c!["title"]);
        Assert.Equal(["help", "progress", "quiz", "revise"], commands.Order(StringComparer.Ordinal));
        Assert.All(
            new[] { "websiteUrl", "privacyUrl", "termsOfUseUrl" }.Select(key => (string?)manifest["developer"]![key]),
            url => Assert.StartsWith("https://", url, StringComparison.Ordinal));
        Assert.Equal("color.png", (string?)manifest["icons"]!["color"]);
        Assert.Equal("outline.png", (string?)manifest["icons"]!["outline"]);
    }

    [Fact]
    public void The_template_uses_exactly_the_placeholders_the_package_script_fills()
    {
        var script = File.ReadAllText(RepositoryFiles.PathOf("deployment/teams/package.sh"));
        var filled = ScriptNames().Match(script);

        Assert.True(filled.Success, "package.sh should list its placeholders in names=(...)");
        Assert.Equal(
            filled.Groups["names"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal),
            Placeholders().Matches(Template).Select(m => m.Groups["name"].Value).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
        Assert.Equal(TestValues.Keys.Order(StringComparer.Ordinal), filled.Groups["names"].Value.Split(' ').Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_colour_icon_is_192_pixels_square()
    {
        var icon = PngImage.Read(RepositoryFiles.PathOf("deployment/teams/color.png"));

        Assert.Equal((192, 192), (icon.Width, icon.Height));
    }

    [Fact]
    public void The_outline_icon_is_32_pixels_square_white_on_transparent()
    {
        var icon = PngImage.Read(RepositoryFiles.PathOf("deployment/teams/outline.png"));
        var pixels = icon.RgbaPixels().ToList();

        Assert.Equal((32, 32), (icon.Width, icon.Height));
        Assert.True(icon.IsRgba8, "the outline icon needs an alpha channel");
        Assert.All(pixels.Where(p => p.A > 0), p => Assert.Equal((255, 255, 255), (p.R, p.G, p.B)));
        Assert.Contains(pixels, p => p.A == 0);
        Assert.Contains(pixels, p => p.A == 255);
    }

    [TeamsManifestValidatorFact]
    public async Task The_package_script_zips_the_filled_manifest_and_both_icons()
    {
        var environment = TestValues.ToDictionary(p => p.Key, string? (p) => p.Value, StringComparer.Ordinal);
        environment["OUTPUT_DIR"] = work.FullName;

        var run = await ExternalProcess.RunAsync("bash", [RepositoryFiles.PathOf("deployment/teams/package.sh")], environment);

        Assert.True(run.ExitCode == 0, run.StandardError);
        var zipPath = Path.Combine(work.FullName, "electrotutor-teams.zip");
        Assert.Equal(zipPath, run.StandardOutput.Trim());
        using var zip = ZipFile.OpenRead(zipPath);
        Assert.Equal(["color.png", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
        using var manifest = new StreamReader(zip.GetEntry("manifest.json")!.Open());
        Assert.Equal(BotAppId, (string?)JsonNode.Parse(await manifest.ReadToEndAsync())!["bots"]![0]!["botId"]);
    }

    [Fact]
    public async Task The_package_script_names_every_missing_value_and_builds_nothing()
    {
        var environment = TestValues.Keys.ToDictionary(name => name, string? (_) => null, StringComparer.Ordinal);
        environment["APP_ID_GUID"] = TeamsAppId;
        environment["OUTPUT_DIR"] = work.FullName;

        var run = await ExternalProcess.RunAsync(
            "bash", [RepositoryFiles.PathOf("deployment/teams/package.sh"), "PUBLIC_HOST=tutor.example.org"], environment);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("missing value(s): MICROSOFT_APP_ID PRIVACY_PAGE TERMS_PAGE", run.StandardError, StringComparison.Ordinal);
        Assert.Empty(work.EnumerateFileSystemInfos());
    }

    [Fact]
    public async Task The_package_script_refuses_a_bot_id_that_is_not_a_guid()
    {
        var environment = TestValues.ToDictionary(p => p.Key, string? (p) => p.Value, StringComparer.Ordinal);
        environment["MICROSOFT_APP_ID"] = "my-bot";
        environment["OUTPUT_DIR"] = work.FullName;

        var run = await ExternalProcess.RunAsync("bash", [RepositoryFiles.PathOf("deployment/teams/package.sh")], environment);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("MICROSOFT_APP_ID='my-bot' is not valid", run.StandardError, StringComparison.Ordinal);
        Assert.Empty(work.EnumerateFileSystemInfos());
    }

    private static string Fill(string template) =>
        Placeholders().Replace(template, m => TestValues.TryGetValue(m.Groups["name"].Value, out var value)
            ? value
            : throw new InvalidOperationException($"The test has no value for {m.Value}."));

    private string WriteManifest(string text)
    {
        var path = Path.Combine(work.FullName, "manifest.json");
        File.WriteAllText(path, text);
        return path;
    }

    [GeneratedRegex(@"\{\{(?<name>[A-Z0-9_]+)\}\}", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Placeholders();

    [GeneratedRegex(@"^names=\((?<names>[A-Z0-9_ ]+)\)$", RegexOptions.Multiline, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ScriptNames();
}
