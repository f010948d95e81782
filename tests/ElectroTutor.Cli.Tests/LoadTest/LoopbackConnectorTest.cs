using System.Net;
using System.Text;
using System.Text.Json;
using ElectroTutor.Cli.LoadTest;

namespace ElectroTutor.Cli.Tests.LoadTest;

/// <summary>The load test's loopback connector: the routes a bot posts replies to, and how replies are filed.</summary>
public sealed class LoopbackConnectorTest
{
    [Theory]
    [InlineData("/v3/conversations/c-1/activities/c-1-7", "c-1-7")]
    [InlineData("/v3/conversations/c-1/activities/a%3Ab", "a:b")]
    [InlineData("/v3/conversations/c-1/activities", "")]
    public void Connector_routes_give_the_activity_replied_to(string path, string expected) =>
        Assert.Equal(expected, LoopbackConnector.ReplyToIdOf(path));

    [Theory]
    [InlineData("/")]
    [InlineData("/v3/conversations")]
    [InlineData("/v3/conversations/c-1/members")]
    [InlineData("/api/messages")]
    public void Other_paths_are_not_connector_routes(string path) => Assert.Null(LoopbackConnector.ReplyToIdOf(path));

    [Fact]
    public async Task A_posted_reply_gets_a_resource_id_and_is_taken_once_under_the_activity_it_answers()
    {
        await using var connector = await LoopbackConnector.StartAsync(CancellationToken.None);
        Assert.True(connector.ServiceUrl.IsLoopback);
        using var client = new HttpClient { BaseAddress = connector.ServiceUrl };

        using var posted = await client.PostAsync(
            "v3/conversations/c-1/activities/c-1-1", new StringContent("""{"type":"message","text":"hi"}""", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        using var resource = JsonDocument.Parse(await posted.Content.ReadAsStringAsync());
        Assert.False(string.IsNullOrEmpty(resource.RootElement.GetProperty("id").GetString()));

        var replies = connector.Inbox.Take("c-1-1");
        var reply = Assert.Single(replies);
        Assert.Equal("hi", JsonDocument.Parse(reply.Json).RootElement.GetProperty("text").GetString());
        Assert.Empty(connector.Inbox.Take("c-1-1"));
    }

    [Fact]
    public async Task A_body_that_is_not_a_json_object_is_a_400_and_filed_nowhere()
    {
        await using var connector = await LoopbackConnector.StartAsync(CancellationToken.None);
        using var client = new HttpClient { BaseAddress = connector.ServiceUrl };

        using var posted = await client.PostAsync("v3/conversations/c-1/activities/c-1-1", new StringContent("[1,", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, posted.StatusCode);
        Assert.Empty(connector.Inbox.Take("c-1-1"));
    }
}
