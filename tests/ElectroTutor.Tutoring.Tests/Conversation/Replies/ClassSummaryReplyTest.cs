using ElectroTutor.Tutoring.Conversation;
using ElectroTutor.Tutoring.Conversation.Replies;
using ElectroTutor.Tutoring.Storage;
using ElectroTutor.Tutoring.Tests.Conversation;

namespace ElectroTutor.Tutoring.Tests.Conversation.Replies;

public sealed class ClassSummaryReplyTest
{
    [Theory]
    [InlineData("class report ABC123", "ABC123")]
    [InlineData("Class Report: k7qm2p", "k7qm2p")]
    [InlineData("/class report K7QM2P", "K7QM2P")]
    [InlineData("report on class K7QM2P", "K7QM2P")]
    public void Class_report_commands_carry_the_code(string text, string code) =>
        Assert.Equal(new ParsedCommand(CommandKind.ClassReport, code), CommandParser.Parse(text));

    [Theory]
    [InlineData("class report")]
    [InlineData("class report for my students please")]
    public void A_class_report_without_one_code_is_not_a_command(string text) =>
        Assert.NotEqual(CommandKind.ClassReport, CommandParser.Parse(text).Kind);

    [Fact]
    public void The_engine_asks_the_host_and_says_what_it_was_given()
    {
        var engine = new TutorEngine(RealBank.Bank, Simulation.Scenarios.ScenarioCatalog.Default);
        var context = new TurnContext(1, "msteams", null, DateTimeOffset.UnixEpoch, 1);
        var ready = TutorState.New with { Stage = SessionStage.Ready };

        var asked = engine.Handle(ready, TutorInput.Message("class report k7qm2p"), context);
        var found = engine.Handle(asked.State, TutorInput.ClassSummaryLookup("K7QM2P", TutorHostClassReportTest.Physiology), context);
        var missing = engine.Handle(asked.State, TutorInput.ClassSummaryLookup("K7QM2P", null), context);

        Assert.Equal("K7QM2P", asked.ClassReportCode);
        Assert.Null(asked.JoinCode);
        Assert.Empty(asked.Replies);
        Assert.Equal(TutorHostClassReportTest.Physiology, Assert.IsType<ClassSummaryReply>(Assert.Single(found.Replies)).Summary);
        Assert.Equal("I can't find a class K7QM2P that you teach.", Assert.Single(missing.Replies).ToMarkdown());
    }

    [Fact]
    public void The_markdown_lists_every_figure_and_the_dashboard_path()
    {
        var markdown = new ClassSummaryReply(TutorHostClassReportTest.Physiology).ToMarkdown();

        Assert.StartsWith("**Physiology 201** (K7QM2P)", markdown, StringComparison.Ordinal);
        Assert.Contains("- Students: 24", markdown, StringComparison.Ordinal);
        Assert.Contains("- Mean mastery: 52%", markdown, StringComparison.Ordinal);
        Assert.Contains("- Weakest skills: Cable properties (21%); Resting potential (GHK) (35%)", markdown, StringComparison.Ordinal);
        Assert.Contains("- Students needing help: 2: Ben Tanaka, Ada Okafor", markdown, StringComparison.Ordinal);
        Assert.Contains("- Most frequent misconception: Sign of the Nernst potential (41 attempts, 12 students)", markdown, StringComparison.Ordinal);
        Assert.Contains("- Reviews due: 7", markdown, StringComparison.Ordinal);
        Assert.EndsWith("/instructor/classes/K7QM2P", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void The_reply_survives_the_saved_conversation()
    {
        var saved = new SavedConversation(TutorState.New, [new AnsweredTurn("a1", [new ClassSummaryReply(TutorHostClassReportTest.Physiology)], [])]);

        var read = TutorStateJson.TryRead(TutorStateJson.Write(saved), out _, out _);

        Assert.Equal(new ClassSummaryReply(TutorHostClassReportTest.Physiology).ToMarkdown(), read!.RecentTurns[0].Replies[0].ToMarkdown());
    }
}
