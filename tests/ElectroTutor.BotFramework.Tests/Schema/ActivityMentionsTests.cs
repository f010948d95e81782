using System.Text.Json.Nodes;
using ElectroTutor.BotFramework.Schema;

namespace ElectroTutor.BotFramework.Tests.Schema;

public class ActivityMentionsTests
{
    private const string BotId = "28:bot";

    [Fact]
    public void The_bots_mention_is_removed_from_a_teams_message()
    {
        var activity = Message("<at>ElectroTutor</at> what is the Nernst potential of K+?", Mention(BotId, "<at>ElectroTutor</at>"));

        Assert.Equal("what is the Nernst potential of K+?", activity.GetTextWithoutMentions(BotId));
    }

    [Fact]
    public void A_mention_in_the_middle_leaves_single_spaces()
    {
        var activity = Message("quiz <at>ElectroTutor</at> please", Mention(BotId, "<at>ElectroTutor</at>"));

        Assert.Equal("quiz please", activity.GetTextWithoutMentions());
    }

    [Fact]
    public void Mentions_of_other_people_stay_when_only_the_bot_is_stripped()
    {
        var activity = Message(
            "<at>ElectroTutor</at> quiz <at>Grace</at>",
            Mention(BotId, "<at>ElectroTutor</at>"),
            Mention("29:grace", "<at>Grace</at>"));

        Assert.Equal("quiz <at>Grace</at>", activity.GetTextWithoutMentions(BotId));
        Assert.Equal("quiz", activity.GetTextWithoutMentions());
    }

    [Fact]
    public void Text_without_mentions_is_only_trimmed()
    {
        var activity = Message("  -65 mV ", new JsonObject { ["type"] = "clientInfo", ["locale"] = "en-US" });

        Assert.Equal("-65 mV", activity.GetTextWithoutMentions(BotId));
    }

    [Fact]
    public void Malformed_mention_entities_are_ignored()
    {
        var activity = Message(
            "<at>ElectroTutor</at> hint",
            new JsonObject { ["type"] = "mention", ["text"] = 5 },
            new JsonObject { ["type"] = "mention" },
            JsonValue.Create("not an object"));

        Assert.Equal("<at>ElectroTutor</at> hint", activity.GetTextWithoutMentions());
    }

    [Fact]
    public void No_text_gives_null() =>
        Assert.Null(new Activity { Type = ActivityTypes.Message }.GetTextWithoutMentions());

    private static JsonObject Mention(string id, string text) => new()
    {
        ["type"] = "mention",
        ["text"] = text,
        ["mentioned"] = new JsonObject { ["id"] = id, ["name"] = text[4..^5] },
    };

    private static Activity Message(string text, params JsonNode?[] entities) =>
        new() { Type = ActivityTypes.Message, Text = text, Entities = new JsonArray(entities) };
}
