using System.Text.Json.Nodes;
using ElectroTutor.BotFramework.Schema;
using ElectroTutor.Server.Cards;
using ElectroTutor.Tutoring.Bank.Templates;
using ElectroTutor.Tutoring.Conversation;
using ElectroTutor.Tutoring.Conversation.Replies;

namespace ElectroTutor.Server.Tests.Cards;

public sealed class CardSubmissionTests
{
    [Fact]
    public void Check_with_the_merged_answer_box_is_an_answer_press_the_engine_grades()
    {
        var chat = new TutorChat().OpenQuestion(TemplateKind.Numeric);
        var itemId = chat.State.Question!.ItemId;
        var card = CardJson.Card(ReplyActivities.From(chat.Last.Replies, chat.Last.Suggestions)[^1]);
        var right = chat.RightAnswer();

        Assert.True(CardSubmission.TryRead(CardJson.Pressed(CardJson.Submit(card, "Check"), ("answer", right)), out var input));
        Assert.Equal(TutorInputKind.Action, input.Kind);
        Assert.Equal(TutorAction.Answer, input.Action);
        Assert.Equal(right, input.Text);
        Assert.Equal(itemId, input.ItemId);

        chat.Run(input);
        Assert.True(chat.Reply<FeedbackReply>().Feedback.Correct);
    }

    [Fact]
    public void A_choice_button_submits_its_own_letter_even_next_to_a_merged_input()
    {
        var chat = new TutorChat().OpenQuestion(TemplateKind.Choice);
        var item = chat.OpenItem();
        var card = CardJson.Card(ReplyActivities.From(chat.Last.Replies, chat.Last.Suggestions)[^1]);
        var right = item.Choices.First(c => c.IsCorrect).Letter;
        var button = CardJson.All(card, "Action.Submit").Single(a => (string?)CardJson.TutorData(a)["answer"] == right);

        Assert.True(CardSubmission.TryRead(CardJson.Pressed(button, ("answer", "stale text")), out var input));
        Assert.Equal(TutorInput.Press(TutorAction.Answer, right, item.Id), input);
        chat.Run(input);
        Assert.True(chat.Reply<FeedbackReply>().Feedback.Correct);
    }

    [Theory]
    [InlineData("Hint", TutorAction.Hint)]
    [InlineData("Skip", TutorAction.Skip)]
    public void Hint_and_skip_carry_the_item(string title, TutorAction expected)
    {
        var chat = new TutorChat().OpenQuestion(TemplateKind.Numeric);
        var card = CardJson.Card(ReplyActivities.From(chat.Last.Replies, chat.Last.Suggestions)[^1]);

        Assert.True(CardSubmission.TryRead(CardJson.Pressed(CardJson.Submit(card, title)), out var input));
        Assert.Equal(TutorInput.Press(expected, null, chat.State.Question!.ItemId), input);
    }

    [Fact]
    public void Progress_buttons_read_as_revise_and_next()
    {
        var chat = new TutorChat();
        chat.Say("progress");
        var card = CardJson.Card(ReplyActivities.From(chat.Last.Replies, []).Single(a => a.Attachments is not null));

        Assert.True(CardSubmission.TryRead(CardJson.Pressed(CardJson.Submit(card, "Revise")), out var revise));
        Assert.Equal(TutorAction.Revise, revise.Action);
        Assert.True(CardSubmission.TryRead(CardJson.Pressed(CardJson.Submit(card, "Next question")), out var next));
        Assert.Equal(TutorAction.Next, next.Action);
    }

    [Fact]
    public void The_topics_drop_down_sends_the_chosen_command_as_a_message()
    {
        var chat = new TutorChat();
        chat.Say("topics");
        var menu = chat.Reply<MenuReply>();
        var card = CardJson.Card(ReplyActivities.From([menu], []).Single());

        Assert.True(CardSubmission.TryRead(CardJson.Pressed(CardJson.Submit(card, "Go"), ("text", menu.Choices[2].Command)), out var input));
        Assert.Equal(TutorInput.Message(menu.Choices[2].Command), input);
        Assert.False(CardSubmission.TryRead(CardJson.Pressed(CardJson.Submit(card, "Go")), out _));
        Assert.False(CardSubmission.TryRead(CardJson.Pressed(CardJson.Submit(card, "Go"), ("text", " ")), out _));
    }

    [Fact]
    public void A_menu_button_sends_its_command_as_a_message()
    {
        var chat = new TutorChat();
        chat.Say("reset");
        var menu = chat.Reply<MenuReply>();
        var card = CardJson.Card(ReplyActivities.From([menu], []).Single());

        Assert.True(CardSubmission.TryRead(CardJson.Pressed(CardJson.Submit(card, menu.Choices[^1].Title)), out var input));
        Assert.Equal(TutorInput.Message(menu.Choices[^1].Command), input);
    }

    [Theory]
    [InlineData("Action.Execute")]
    [InlineData("Action.Submit")]
    public void A_teams_universal_action_invoke_reads_like_a_submit(string type)
    {
        var data = JsonNode.Parse("""{"electroTutor":{"action":"answer","itemId":"nernst:4"},"answer":"-89 mV"}""");
        var invoke = new Activity
        {
            Type = "invoke",
            Name = "adaptiveCard/action",
            Value = new JsonObject { ["action"] = new JsonObject { ["type"] = type, ["verb"] = "answer", ["data"] = data } },
        };

        Assert.True(CardSubmission.TryRead(invoke, out var input));
        Assert.Equal(TutorInput.Press(TutorAction.Answer, "-89 mV", "nernst:4"), input);
    }

    [Theory]
    [InlineData("next", TutorAction.Next)]
    [InlineData("explain", TutorAction.Explain)]
    [InlineData("solution", TutorAction.Solution)]
    [InlineData("progress", TutorAction.Progress)]
    [InlineData("topics", TutorAction.Topics)]
    [InlineData("help", TutorAction.Help)]
    public void Every_action_name_maps_to_its_press(string name, TutorAction expected)
    {
        Assert.True(CardSubmission.TryRead(Message($$$"""{"electroTutor":{"action":"{{{name}}}"}}"""), out var input));
        Assert.Equal(TutorInput.Press(expected), input);
    }

    [Theory]
    [InlineData("\"answer\"")]
    [InlineData("[1, 2]")]
    [InlineData("{}")]
    [InlineData("""{"action":"answer"}""")]
    [InlineData("""{"electroTutor":"answer"}""")]
    [InlineData("""{"electroTutor":{}}""")]
    [InlineData("""{"electroTutor":{"action":"dance"}}""")]
    [InlineData("""{"electroTutor":{"action":"Answer"}}""")]
    [InlineData("""{"electroTutor":{"action":7}}""")]
    [InlineData("""{"electroTutor":{"action":null}}""")]
    [InlineData("""{"electroTutor":{"action":"answer","itemId":12}}""")]
    [InlineData("""{"electroTutor":{"action":"answer","answer":["B"]}}""")]
    [InlineData("""{"electroTutor":{"action":"answer"},"answer":{"value":"3"}}""")]
    [InlineData("""{"electroTutor":{"action":"text"}}""")]
    [InlineData("""{"electroTutor":{"action":"text","text":false}}""")]
    public void Malformed_values_are_refused(string value)
    {
        Assert.False(CardSubmission.TryRead(Message(value), out var input));
        Assert.Null(input);
    }

    [Fact]
    public void Oversized_strings_are_refused_not_cut()
    {
        var huge = new string('9', CardSubmission.MaximumTextLength + 1);
        var fits = new string('9', CardSubmission.MaximumTextLength);
        Assert.False(CardSubmission.TryRead(Message($$"""{"electroTutor":{"action":"answer"},"answer":"{{huge}}"}"""), out _));
        Assert.False(CardSubmission.TryRead(Message($$$"""{"electroTutor":{"action":"answer","itemId":"{{{huge}}}"}}"""), out _));
        Assert.False(CardSubmission.TryRead(Message($$$"""{"electroTutor":{"action":"text","text":"{{{huge}}}"}}"""), out _));
        Assert.True(CardSubmission.TryRead(Message($$"""{"electroTutor":{"action":"answer"},"answer":"{{fits}}"}"""), out var input));
        Assert.Equal(fits, input.Text);
    }

    [Fact]
    public void Plain_messages_events_and_other_invokes_are_not_submissions()
    {
        const string Data = """{"electroTutor":{"action":"hint"}}""";
        Assert.False(CardSubmission.TryRead(new Activity { Type = "message", Text = "hint" }, out _));
        Assert.False(CardSubmission.TryRead(new Activity { Type = "event", Name = "adaptiveCard/action", Value = JsonNode.Parse(Data) }, out _));
        Assert.False(CardSubmission.TryRead(Invoke("composeExtension/query", "Action.Execute", Data), out _));
        Assert.False(CardSubmission.TryRead(Invoke("adaptiveCard/action", "Action.OpenUrl", Data), out _));
        Assert.False(CardSubmission.TryRead(new Activity { Type = "invoke", Name = "adaptiveCard/action", Value = JsonNode.Parse("""{"action":"hint"}""") }, out _));
        Assert.True(CardSubmission.TryRead(Invoke("adaptiveCard/action", "Action.Execute", Data), out var input));
        Assert.Equal(TutorAction.Hint, input.Action);
    }

    private static Activity Message(string value) => new() { Type = "message", Value = JsonNode.Parse(value) };

    private static Activity Invoke(string name, string type, string data) => new()
    {
        Type = "invoke",
        Name = name,
        Value = new JsonObject { ["action"] = new JsonObject { ["type"] = type, ["data"] = JsonNode.Parse(data) } },
    };
}
