using System.Net;
using System.Text.Json.Nodes;
using ElectroTutor.BotFramework.DirectLine;
using Microsoft.Extensions.Options;

namespace ElectroTutor.BotFramework.Tests.DirectLine;

public sealed class DirectLineConversationsTests
{
    private readonly ManualTimeProvider _time = new(new DateTimeOffset(2026, 11, 21, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public void When_full_the_least_recently_active_conversation_makes_room()
    {
        var conversations = new DirectLineConversations(Options.Create(new DirectLineOptions { MaxConversations = 2 }), _time);
        var first = conversations.Create("dl_1", null);
        _time.Advance(TimeSpan.FromSeconds(1));
        var second = conversations.Create("dl_2", null);
        _time.Advance(TimeSpan.FromSeconds(1));
        conversations.Find(first.Id); // first is now the more recent one

        var third = conversations.Create("dl_3", null);

        Assert.Equal(2, conversations.Count);
        Assert.NotNull(conversations.Find(first.Id));
        Assert.Null(conversations.Find(second.Id));
        Assert.True(second.IsClosed);
        Assert.NotNull(conversations.Find(third.Id));
    }

    [Fact]
    public void Sending_to_an_unknown_conversation_returns_null()
    {
        var conversations = new DirectLineConversations(Options.Create(new DirectLineOptions()), _time);

        Assert.Null(conversations.SendToConversation("missing", new JsonObject { ["type"] = "message" }));
    }

    [Fact]
    public async Task Only_the_newest_activities_are_kept_and_watermarks_still_advance()
    {
        await using var server = await DirectLineTestServer.StartAsync(o => o.MaxActivitiesPerConversation = 10);
        var (conversationId, token, _) = await server.StartConversationAsync();

        for (var i = 0; i < 6; i++)
        {
            using var posted = await server.PostMessageAsync(conversationId, token, "m" + i, "c" + i);
            Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        }

        var set = await server.GetActivitiesAsync(conversationId, token);
        var texts = set["activities"]!.AsArray().Select(a => (string?)a!["text"]).ToList();
        // 2 + 6 × 3 = 20 stored; the last 10 are kept, of which the typing activities are not polled.
        Assert.Equal(["m3", "echo: m3", "m4", "echo: m4", "m5", "echo: m5"], texts.Skip(texts.Count - 6));
        Assert.DoesNotContain("welcome", texts);
        Assert.Equal("20", set["watermark"]!.GetValue<string>());
    }

    [Fact]
    public void Invalid_options_are_described()
    {
        Assert.Null(new DirectLineOptions().FindProblem());
        Assert.Contains("MaxConversations", new DirectLineOptions { MaxConversations = 0 }.FindProblem(), StringComparison.Ordinal);
        Assert.Contains("TokenLifetime", new DirectLineOptions { TokenLifetime = TimeSpan.FromMinutes(5) }.FindProblem(), StringComparison.Ordinal);
    }
}
