using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ElectroTutor.Server.Tests.Authentication;

/// <summary>
/// Turns with a Bot Connector token, a Direct Line token and a configured connector secret, on the good paths and the
/// failing ones (refused tokens, a connector that cannot be reached), with every log level captured: none of the three
/// secrets is ever written to the log.
/// </summary>
public sealed class SecretsNotLoggedTests
{
    private const string AppId = "3c9e7a51-0000-4000-8000-0000000b7c02";
    private const string ConnectorSecret = "connector-secret-Zq8~r4Lw.91kX";
    private const string ServiceUrl = "https://smba.trafficmanager.net/emea/";

    [Fact]
    public async Task Tokens_and_the_connector_secret_never_reach_the_log()
    {
        await using var keys = await LoopbackKeyServer.StartAsync("msteams", "directline");
        await using var server = await RunningTutorServer.StartAsync(
            "--Logging:LogLevel:Default=Trace",
            $"--MicrosoftAppId={AppId}",
            "--MicrosoftAppType=SingleTenant",
            $"--MicrosoftAppPassword={ConnectorSecret}",
            "--MicrosoftAppTenantId=7d2f0c44-0000-4000-8000-00000000e1d0",
            "--AuthorityHost=http://127.0.0.1:9/",
            $"--BotFramework:OpenIdMetadataUrl={keys.MetadataUrl.AbsoluteUri}");
        var logs = new CapturedLogs();
        server.Services.GetRequiredService<ILoggerFactory>().AddProvider(logs);

        var connectorToken = ConnectorToken.Mint(keys.SigningKey, LoopbackKeyServer.KeyId, AppId, ServiceUrl, DateTimeOffset.UtcNow, TimeSpan.FromHours(1));
        var foreignToken = ConnectorToken.Mint(keys.SigningKey, LoopbackKeyServer.KeyId, "another-bot", ServiceUrl, DateTimeOffset.UtcNow, TimeSpan.FromHours(1));

        using (var answered = await PostAsync(server, Message("start", expectReplies: true), connectorToken))
            Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        using (var refused = await PostAsync(server, Message("hello", expectReplies: true), foreignToken))
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        using (var malformed = await PostAsync(server, Message("hello", expectReplies: true), "not-a-jwt." + ConnectorSecret))
            Assert.Equal(HttpStatusCode.Unauthorized, malformed.StatusCode);

        // Replies through the connector: the token request with the secret fails (nothing listens there) and is logged.
        using (var outbound = await PostAsync(server, Message("help", expectReplies: false), connectorToken))
            Assert.NotEqual(HttpStatusCode.Unauthorized, outbound.StatusCode);

        var directLineToken = await DirectLineTurnAsync(server);

        var everything = string.Join('\n', logs.Entries);
        Assert.Contains(logs.Entries, entry => entry.Contains("ConnectorClient", StringComparison.Ordinal));
        Assert.Contains(logs.Entries, entry => entry.Contains("BotMessageProcessor", StringComparison.Ordinal));
        Assert.DoesNotContain(ConnectorSecret, everything, StringComparison.Ordinal);
        Assert.DoesNotContain(connectorToken, everything, StringComparison.Ordinal);
        Assert.DoesNotContain(foreignToken, everything, StringComparison.Ordinal);
        Assert.DoesNotContain(directLineToken, everything, StringComparison.Ordinal);
        // A token's signature alone identifies it too.
        Assert.DoesNotContain(connectorToken.Split('.')[2], everything, StringComparison.Ordinal);
    }

    private static JsonObject Message(string text, bool expectReplies) => new()
    {
        ["type"] = "message",
        ["id"] = $"act-{Guid.NewGuid():N}",
        ["channelId"] = "msteams",
        ["serviceUrl"] = ServiceUrl,
        ["deliveryMode"] = expectReplies ? "expectReplies" : null,
        ["from"] = new JsonObject { ["id"] = "29:learner-secret-test", ["name"] = "Student" },
        ["recipient"] = new JsonObject { ["id"] = "28:electrotutor", ["name"] = "ElectroTutor" },
        ["conversation"] = new JsonObject { ["id"] = "a:conversation-secret-test" },
        ["text"] = text,
    };

    private static async Task<HttpResponseMessage> PostAsync(RunningTutorServer server, JsonObject activity, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/messages")
        {
            Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await server.Client.SendAsync(request);
    }

    /// <summary>A Web Chat style turn over the local Direct Line, plus a refresh and a call with a wrong token; gives the token used.</summary>
    private static async Task<string> DirectLineTurnAsync(RunningTutorServer server)
    {
        using var generated = await server.Client.PostAsJsonAsync("v3/directline/tokens/generate", new { user = new { id = "dl_secret_test" } });
        var token = (await generated.Content.ReadFromJsonAsync<JsonObject>())!["token"]!.GetValue<string>();
        using var start = new HttpRequestMessage(HttpMethod.Post, "v3/directline/conversations") { Content = JsonContent.Create(new { }) };
        start.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var started = await server.Client.SendAsync(start);
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        var conversationId = (await started.Content.ReadFromJsonAsync<JsonObject>())!["conversationId"]!.GetValue<string>();

        using var post = new HttpRequestMessage(HttpMethod.Post, $"v3/directline/conversations/{conversationId}/activities")
        {
            Content = JsonContent.Create(new { type = "message", text = "progress", from = new { id = "dl_secret_test" } }),
        };
        post.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var posted = await server.Client.SendAsync(post);
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);

        using var wrong = new HttpRequestMessage(HttpMethod.Get, $"v3/directline/conversations/{conversationId}/activities");
        wrong.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token + "x");
        using var refused = await server.Client.SendAsync(wrong);
        Assert.True(refused.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden, $"{refused.StatusCode}");
        return token;
    }
}
