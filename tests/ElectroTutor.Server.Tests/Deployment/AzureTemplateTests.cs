using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ElectroTutor.Server.Tests.Deployment;

/// <summary>
/// Neither the Azure CLI nor Bicep can run where the tests run, so these check the template's text: its brackets,
/// that the example parameters match its declarations and hold no secret, and that the bot is wired as the server
/// expects (single-tenant or managed identity, the messaging endpoint, Teams and Web Chat, the server's settings).
/// </summary>
public sealed partial class AzureTemplateTests
{
    private static readonly string Template = File.ReadAllText(RepositoryFiles.PathOf("deployment/azure/main.bicep"));

    private static readonly JsonObject ExampleParameters =
        JsonNode.Parse(File.ReadAllText(RepositoryFiles.PathOf("deployment/azure/main.parameters.example.json")))!["parameters"]!.AsObject();

    [Fact]
    public void Brackets_braces_and_parentheses_balance_outside_strings_and_comments()
    {
        var open = new Stack<(char Bracket, int Line)>();
        var line = 1;
        for (var i = 0; i < Template.Length; i++)
        {
            var c = Template[i];
            if (c == '\n') line++;
            else if (c == '/' && i + 1 < Template.Length && Template[i + 1] == '/') i = Template.IndexOf('\n', i) - 1;
            else if (c == '\'') i = EndOfString(i, line);
            else if (c is '(' or '[' or '{') open.Push((c, line));
            else if (c is ')' or ']' or '}')
            {
                Assert.True(open.Count > 0, $"line {line}: '{c}' closes nothing");
                var (bracket, openedOn) = open.Pop();
                Assert.True("([{".IndexOf(bracket, StringComparison.Ordinal) == ")]}".IndexOf(c, StringComparison.Ordinal),
                    $"line {line}: '{c}' closes '{bracket}' opened on line {openedOn}");
            }
        }

        Assert.Empty(open);
    }

    [Fact]
    public void The_example_parameters_are_declared_and_every_parameter_without_a_default_is_given()
    {
        var declared = Parameters().ToDictionary(p => p.Name, StringComparer.Ordinal);

        Assert.All(ExampleParameters.Select(p => p.Key), name => Assert.True(declared.ContainsKey(name), $"{name} is not a parameter of main.bicep"));
        Assert.All(declared.Values.Where(p => !p.HasDefault), p => Assert.True(ExampleParameters.ContainsKey(p.Name), $"{p.Name} has no default and is missing from the example"));
    }

    [Fact]
    public void Secrets_are_secure_parameters_and_the_example_holds_none()
    {
        var secure = Parameters().Where(p => p.IsSecure).Select(p => p.Name).ToList();

        Assert.Equal(["appRegistrationClientSecret", "postgresAdministratorPassword", "existingConnectionString"], secure);
        Assert.All(secure, name => Assert.False(ExampleParameters.ContainsKey(name), $"the example must not carry {name}"));
    }

    [Fact]
    public void The_bot_is_single_tenant_or_a_managed_identity_never_multi_tenant()
    {
        var allowed = AllowedAppTypes().Match(Template);

        Assert.True(allowed.Success, "appType should be restricted with @allowed");
        Assert.Equal(["UserAssignedMSI", "SingleTenant"], Quoted().Matches(allowed.Groups["values"].Value).Select(m => m.Groups["value"].Value));
        Assert.DoesNotContain("MultiTenant", Template, StringComparison.Ordinal);
        Assert.Contains("kind: 'azurebot'", Template, StringComparison.Ordinal);
        Assert.Contains("msaAppType: appType", Template, StringComparison.Ordinal);
        Assert.Contains("msaAppTenantId: tenant().tenantId", Template, StringComparison.Ordinal);
    }

    [Fact]
    public void The_bot_posts_to_the_web_apps_messaging_endpoint_on_teams_and_web_chat()
    {
        Assert.Contains("endpoint: 'https://${site.properties.defaultHostName}/api/messages'", Template, StringComparison.Ordinal);
        Assert.Contains("channelName: 'MsTeamsChannel'", Template, StringComparison.Ordinal);
        Assert.Contains("channelName: 'WebChatChannel'", Template, StringComparison.Ordinal);
        Assert.Contains("healthCheckPath: '/healthz'", Template, StringComparison.Ordinal);
    }

    [Fact]
    public void The_web_app_gets_every_setting_the_server_reads()
    {
        var settings = AppSettingNames().Matches(Template).Select(m => m.Groups["name"].Value).ToList();

        Assert.Equal(
            ["ASPNETCORE_URLS", "ConnectionStrings__Tutor", "Database__Provider", "ElectroTutor__PublicUrl", "MicrosoftAppId", "MicrosoftAppPassword", "MicrosoftAppTenantId", "MicrosoftAppType", "WEBSITES_PORT"],
            settings.Order(StringComparer.Ordinal));
    }

    private static int EndOfString(int start, int line)
    {
        for (var i = start + 1; i < Template.Length; i++)
        {
            if (Template[i] == '\\') i++;
            else if (Template[i] == '\'') return i;
            else if (Template[i] == '\n') break;
        }

        Assert.Fail($"line {line}: a string is not closed on its line");
        return Template.Length;
    }

    private static IEnumerable<(string Name, bool HasDefault, bool IsSecure)> Parameters() =>
        ParameterDeclarations().Matches(Template).Select(m => (
            m.Groups["name"].Value,
            m.Groups["default"].Success,
            m.Groups["decorators"].Value.Contains("@secure()", StringComparison.Ordinal)));

    [GeneratedRegex(@"(?<decorators>(?:^@.*\n)*)^param (?<name>\w+) \w+(?<default> = .+)?$", RegexOptions.Multiline, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ParameterDeclarations();

    [GeneratedRegex(@"@allowed\(\[(?<values>[^\]]*)\]\)\s*param appType ", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AllowedAppTypes();

    [GeneratedRegex(@"'(?<value>[^']*)'", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Quoted();

    [GeneratedRegex(@"^\s*name: '(?<name>\w+)'\s*\n(?:\s*//.*\n)*\s*value: ", RegexOptions.Multiline, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AppSettingNames();
}
