using System.Text.Json.Nodes;
using ElectroTutor.Server.Cards;
using ElectroTutor.Tutoring.Conversation.Replies;
using ElectroTutor.Tutoring.Storage;

namespace ElectroTutor.Server.Tests.Cards;

public sealed class ClassSummaryCardTests
{
    private static readonly ClassSummaryReply Reply = new(new ClassSummary(
        "Physiology <201>", "K7QM2P", 24, 0.52,
        [new ClassSummarySkill("cable", "Cable properties", 0.21)],
        ["Ben Tanaka"], new ClassSummaryMisconception("Sign of the Nernst potential", 41, 12), 7));

    [Fact]
    public void The_summary_is_a_1_5_card_of_facts_with_a_link_to_the_class_dashboard()
    {
        var activity = Assert.Single(ReplyActivities.From([Reply], ["start"], new Uri("https://tutor.example.org/")));

        var card = CardJson.Card(activity);
        Assert.Equal("1.5", (string?)card["version"]);
        var facts = card["body"]!.AsArray().Single(e => (string?)e!["type"] == "FactSet")!["facts"]!.AsArray()
            .Select(f => ((string?)f!["title"], (string?)f["value"])).ToList();
        Assert.Equal(
            [
                ("Students", "24"), ("Mean mastery", "52%"), ("Weakest skills", "Cable properties (21%)"), ("Students needing help", "1: Ben Tanaka"),
                ("Most frequent misconception", "Sign of the Nernst potential (41 attempts, 12 students)"), ("Reviews due", "7"),
            ],
            facts);
        var open = Assert.Single(card["actions"]!.AsArray());
        Assert.Equal(("Action.OpenUrl", "https://tutor.example.org/instructor/classes/K7QM2P"), ((string?)open!["type"], (string?)open["url"]));
        Assert.Contains("https://tutor.example.org/instructor/classes/K7QM2P", (string?)card["fallbackText"], StringComparison.Ordinal);
        Assert.Equal("classSummary", (string?)CardJson.ReplyData(activity)["type"]);
        Assert.Null(activity.SuggestedActions);
    }

    [Fact]
    public void Without_a_known_address_the_card_has_no_link_but_keeps_the_path_in_its_fallback()
    {
        var card = CardJson.Card(Assert.Single(ReplyActivities.From([Reply], [])));

        Assert.Null(card["actions"]);
        Assert.Contains("/instructor/classes/K7QM2P", (string?)card["fallbackText"], StringComparison.Ordinal);
        Assert.Equal("Physiology <201>", (string?)card["body"]![0]!["text"]);
    }
}
