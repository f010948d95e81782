using System.Globalization;
using System.Text.Json.Nodes;
using ElectroTutor.BotFramework.Schema;
using ElectroTutor.Server.Cards;
using ElectroTutor.Tutoring.Bank.Templates;
using ElectroTutor.Tutoring.Conversation;
using ElectroTutor.Tutoring.Conversation.Replies;

namespace ElectroTutor.Server.Tests.Cards;

public sealed class ReplyActivitiesTests
{
    [Fact]
    public void A_choice_question_is_a_card_with_one_button_per_option_carrying_the_item_and_never_the_answer()
    {
        var question = new TutorChat().OpenQuestion(TemplateKind.Choice);
        var item = question.OpenItem();
        var activity = Assert.Single(ReplyActivities.From([question.Reply<QuestionReply>()], question.Last.Suggestions));

        var card = CardJson.Card(activity);
        foreach (var choice in item.Choices)
        {
            var button = Assert.Single(CardJson.All(card, "Action.Submit"), a => (string?)CardJson.TutorData(a)["answer"] == choice.Letter);
            Assert.Equal("answer", (string?)CardJson.TutorData(button)["action"]);
            Assert.Equal(item.Id, (string?)CardJson.TutorData(button)["itemId"]);
            Assert.Contains(choice.Text, CardJson.Wire(activity), StringComparison.Ordinal);
        }

        Assert.Equal("hint", (string?)CardJson.TutorData(CardJson.Submit(card, "Hint"))["action"]);
        Assert.Equal(item.Id, (string?)CardJson.TutorData(CardJson.Submit(card, "Skip"))["itemId"]);
        Assert.Equal("skip", (string?)CardJson.TutorData(CardJson.Submit(card, "Skip"))["action"]);
        Assert.Empty(CardJson.All(card, "Input.Text"));
        AssertNoAnswer(CardJson.Wire(activity), item);
        Assert.DoesNotContain("isCorrect", CardJson.Wire(activity), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_numeric_question_has_an_answer_box_naming_the_unit_and_a_check_button()
    {
        var chat = new TutorChat().OpenQuestion(TemplateKind.Numeric);
        var item = chat.OpenItem();
        var activities = ReplyActivities.From(chat.Last.Replies, chat.Last.Suggestions);

        var activity = activities[^1];
        var card = CardJson.Card(activity);
        var box = Assert.Single(CardJson.All(card, "Input.Text"));
        Assert.Equal("answer", (string?)box["id"]);
        Assert.Contains(item.AnswerUnit!, (string?)box["placeholder"], StringComparison.Ordinal);
        var check = CardJson.TutorData(CardJson.Submit(card, "Check"));
        Assert.Equal("answer", (string?)check["action"]);
        Assert.Equal(item.Id, (string?)check["itemId"]);
        Assert.Null(check["answer"]);
        Assert.Equal("none", (string?)CardJson.Submit(card, "Hint")["associatedInputs"]);
        AssertNoAnswer(CardJson.Wire(activity), item);
        Assert.All(activities, a => Assert.Null(a.SuggestedActions));
    }

    [Fact]
    public void Every_activity_is_an_unaddressed_message_with_the_reply_as_channel_data_and_a_markdown_fallback()
    {
        var chat = new TutorChat().OpenQuestion(TemplateKind.Numeric);
        var reply = chat.Reply<QuestionReply>();
        var activity = Assert.Single(ReplyActivities.From([reply], []));

        Assert.Equal("message", activity.Type);
        Assert.Equal("markdown", activity.TextFormat);
        // With a card, the Markdown is the card's fallback rather than a second copy above it.
        Assert.Null(activity.Text);
        Assert.Equal(reply.ToMarkdown(), (string?)activity.Attachments![0].Content!["fallbackText"]);
        Assert.StartsWith("Question — ", activity.Summary, StringComparison.Ordinal);
        Assert.Null(activity.From);
        Assert.Null(activity.Recipient);
        Assert.Null(activity.Conversation);
        Assert.Null(activity.ReplyToId);
        var data = CardJson.ReplyData(activity);
        Assert.Equal("question", (string?)data["type"]);
        Assert.Equal(reply.Question.ItemId, (string?)data["question"]!["itemId"]);
        Assert.Equal(reply.Question.Kind, (string?)data["question"]!["kind"]);
    }

    [Fact]
    public void A_right_answer_gets_a_good_headline_a_mastery_line_and_the_next_question_card()
    {
        var chat = new TutorChat().OpenQuestion(TemplateKind.Numeric);
        chat.Say(chat.RightAnswer());
        var activities = ReplyActivities.From(chat.Last.Replies, chat.Last.Suggestions);

        var feedbackActivity = Assert.Single(activities, a => (string?)CardJson.ReplyData(a)["type"] == "feedback");
        var feedback = chat.Reply<FeedbackReply>().Feedback;
        Assert.True((bool)CardJson.ReplyData(feedbackActivity)["feedback"]!["correct"]!);
        Assert.Equal(feedback.Verdict, (string?)CardJson.ReplyData(feedbackActivity)["feedback"]!["verdict"]);
        var card = CardJson.Card(feedbackActivity);
        Assert.Equal("Good", (string?)card["body"]![0]!["color"]);
        var percent = Math.Round(feedback.MasteryAfter * 100, MidpointRounding.AwayFromZero).ToString("0", CultureInfo.InvariantCulture) + "%";
        Assert.Contains(CardJson.All(card, "TextBlock"), b => ((string?)b["text"])!.Contains(percent, StringComparison.Ordinal) && ((string?)b["text"])!.Contains('█', StringComparison.Ordinal));

        // The next question is already on screen, so only Why? is offered.
        Assert.Equal("explain", (string?)CardJson.TutorData(CardJson.Submit(card, "Why?"))["action"]);
        Assert.DoesNotContain(CardJson.All(card, "Action.Submit"), a => (string?)a["title"] == "Next question");
        Assert.Equal("question", (string?)CardJson.ReplyData(activities[^1])["type"]);
    }

    [Fact]
    public void A_wrong_choice_gets_an_attention_headline_and_keeps_the_question_open()
    {
        var chat = new TutorChat().OpenQuestion(TemplateKind.Choice);
        var wrong = chat.OpenItem().Choices.First(c => !c.IsCorrect).Letter;
        chat.Say(wrong);
        var activities = ReplyActivities.From(chat.Last.Replies, chat.Last.Suggestions);

        var feedback = chat.Reply<FeedbackReply>().Feedback;
        Assert.False(feedback.Correct);
        Assert.True(feedback.Counted);
        var card = CardJson.Card(Assert.Single(activities, a => (string?)CardJson.ReplyData(a)["type"] == "feedback"));
        Assert.Equal("Attention", (string?)card["body"]![0]!["color"]);
        Assert.Equal(3, card["body"]!.AsArray().Count);
        if (feedback.CanRetry)
        {
            Assert.Null(card["actions"]);
        }
    }

    [Fact]
    public void An_unreadable_answer_gets_a_warning_and_no_mastery_line()
    {
        var chat = new TutorChat().OpenQuestion(TemplateKind.Numeric);
        chat.Run(TutorInput.Press(TutorAction.Answer, "banana", chat.State.Question!.ItemId));
        var feedback = chat.Reply<FeedbackReply>().Feedback;
        Assert.False(feedback.Counted);

        var activities = ReplyActivities.From(chat.Last.Replies, chat.Last.Suggestions);
        var card = CardJson.Card(Assert.Single(activities, a => (string?)CardJson.ReplyData(a)["type"] == "feedback"));
        Assert.Equal("Warning", (string?)card["body"]![0]!["color"]);
        Assert.Equal(2, card["body"]!.AsArray().Count);
        Assert.Equal(feedback.Verdict, (string?)CardJson.ReplyData(activities[0])["feedback"]!["verdict"]);
    }

    [Fact]
    public void The_full_progress_card_lists_every_skill_with_a_bar_and_stays_well_under_teams_size_limit()
    {
        var chat = new TutorChat();
        chat.Say("progress");
        var reply = chat.Reply<ProgressReply>();
        Assert.Equal(RealBank.Bank.Skills.Skills.Count, reply.Progress.Skills.Count);
        var activity = ReplyActivities.From(chat.Last.Replies, chat.Last.Suggestions).Single(a => a.Attachments is not null);

        var card = CardJson.Card(activity);
        var facts = Assert.Single(CardJson.All(card, "FactSet"))["facts"]!.AsArray();
        Assert.Equal(reply.Progress.Skills.Select(s => s.Name), facts.Select(f => (string?)f!["title"]));
        Assert.All(facts, f => Assert.Matches("^[█░]{10} +[0-9]+% · ", (string?)f!["value"]));
        Assert.Equal("revise", (string?)CardJson.TutorData(CardJson.Submit(card, "Revise"))["action"]);
        Assert.Equal("next", (string?)CardJson.TutorData(CardJson.Submit(card, "Next question"))["action"]);

        // Teams counts the payload as UTF-16 against 40 KB; leave a quarter for the envelope the caller adds. (Measured:
        // about 22 KB, a third each for the card, the Markdown text and the channel data, non-ASCII escaped.)
        var wire = CardJson.Wire(activity);
        Assert.True(wire.Length * 2 < 30 * 1024, $"The progress activity is {wire.Length * 2} bytes as UTF-16.");
    }

    [Fact]
    public void The_topics_menu_is_a_drop_down_whose_go_button_sends_the_chosen_command()
    {
        var chat = new TutorChat();
        chat.Say("topics");
        var menu = chat.Reply<MenuReply>();
        Assert.True(menu.Choices.Count > 6);
        var card = CardJson.Card(ReplyActivities.From([menu], []).Single());

        var list = Assert.Single(CardJson.All(card, "Input.ChoiceSet"));
        Assert.Equal("text", (string?)list["id"]);
        Assert.Equal("compact", (string?)list["style"]);
        Assert.Equal(menu.Choices.Select(c => c.Command), list["choices"]!.AsArray().Select(c => (string?)c!["value"]));
        var go = CardJson.Submit(card, "Go");
        Assert.Equal("text", (string?)CardJson.TutorData(go)["action"]);
        Assert.Single(CardJson.All(card, "Action.Submit"));
    }

    [Fact]
    public void A_short_menu_has_one_button_per_choice_sending_its_command()
    {
        var chat = new TutorChat();
        chat.Say("reset");
        var menu = chat.Reply<MenuReply>();
        Assert.InRange(menu.Choices.Count, 1, 6);
        var card = CardJson.Card(ReplyActivities.From([menu], []).Single());

        foreach (var choice in menu.Choices)
        {
            var data = CardJson.TutorData(CardJson.Submit(card, choice.Title));
            Assert.Equal("text", (string?)data["action"]);
            Assert.Equal(choice.Command, (string?)data["text"]);
        }
    }

    [Fact]
    public void Hints_are_plain_markdown_messages_with_at_most_three_quick_replies_on_the_last_one()
    {
        var chat = new TutorChat().OpenQuestion(TemplateKind.Numeric);
        chat.Say("hint");
        var hint = chat.Reply<HintReply>();
        var activities = ReplyActivities.From(chat.Last.Replies, ["hint", "solution", "skip", "progress"]);

        var last = activities[^1];
        Assert.Null(last.Attachments);
        Assert.Contains(activities, a => a.Text == hint.ToMarkdown() && (string?)CardJson.ReplyData(a)["type"] == "hint");
        var quick = last.SuggestedActions!.Actions!;
        Assert.Equal(["hint", "solution", "skip"], quick.Select(a => a.Title));
        Assert.All(quick, a => Assert.Equal("imBack", a.Type));
        Assert.All(quick, a => Assert.Equal(a.Title, (string?)a.Value));
        Assert.All(activities.Take(activities.Count - 1), a => Assert.Null(a.SuggestedActions));
    }

    [Fact]
    public void A_solution_is_a_plain_message_and_quick_replies_stay_off_a_card()
    {
        var chat = new TutorChat().OpenQuestion(TemplateKind.Numeric);
        chat.Say("solution");
        var solution = chat.Reply<SolutionReply>();
        var activity = ReplyActivities.From([solution], chat.Last.Suggestions).Single();
        Assert.Null(activity.Attachments);
        Assert.Equal(solution.ToMarkdown(), activity.Text);
        Assert.Equal("solution", (string?)CardJson.ReplyData(activity)["type"]);

        var withCard = ReplyActivities.From([solution, new ProgressReply(new ProgressData { Skills = [] })], ["next", "progress"]);
        Assert.All(withCard, a => Assert.Null(a.SuggestedActions));
    }

    [Fact]
    public void A_prompt_with_markup_stays_literal_text()
    {
        var real = new TutorChat().OpenQuestion(TemplateKind.Numeric).Reply<QuestionReply>();
        var reply = real with { Question = real.Question with { Prompt = "Is <script>alert(1)</script> & <b>this</b> safe?" } };
        var activity = ReplyActivities.From([reply], []).Single();

        var wire = JsonNode.Parse(CardJson.Wire(activity))!;
        var prompt = wire["attachments"]![0]!["content"]!["body"]![1]!;
        Assert.Equal("Is <script>alert(1)</script> & <b>this</b> safe?", (string?)prompt["text"]);
        Assert.DoesNotContain("&lt;", CardJson.Wire(activity), StringComparison.Ordinal);
        Assert.DoesNotContain("&amp;", CardJson.Wire(activity), StringComparison.Ordinal);
    }

    [Fact]
    public void Long_options_are_listed_above_letter_buttons()
    {
        var reply = Synthetic(4, optionText: "An option far too long to fit on a button in Teams");
        var card = CardJson.Card(ReplyActivities.From([reply], []).Single());

        Assert.Equal(["A", "B", "C", "D", "Hint", "Skip"], CardJson.All(card, "Action.Submit").Select(a => (string?)a["title"]));
        Assert.Contains(CardJson.All(card, "TextBlock"), b => (string?)b["text"] == "**C.** An option far too long to fit on a button in Teams");
    }

    [Fact]
    public void Many_options_become_a_drop_down_read_back_through_the_check_button()
    {
        var reply = Synthetic(7, optionText: "Short");
        var card = CardJson.Card(ReplyActivities.From([reply], []).Single());

        var list = Assert.Single(CardJson.All(card, "Input.ChoiceSet"));
        Assert.Equal("answer", (string?)list["id"]);
        Assert.Equal(["A", "B", "C", "D", "E", "F", "G"], list["choices"]!.AsArray().Select(c => (string?)c!["value"]));
        Assert.Equal(["Check", "Hint", "Skip"], CardJson.All(card, "Action.Submit").Select(a => (string?)a["title"]));
        Assert.True(CardSubmission.TryRead(CardJson.Pressed(CardJson.Submit(card, "Check"), ("answer", "F")), out var input));
        Assert.Equal(TutorInput.Press(TutorAction.Answer, "F", "quiz:1"), input);
    }

    [Fact]
    public void No_replies_give_no_activities()
    {
        Assert.Empty(ReplyActivities.From([], ["help"]));
    }

    private static QuestionReply Synthetic(int options, string optionText) => new(new QuestionData
    {
        ItemId = "quiz:1",
        TemplateId = "quiz",
        SkillId = "resting-potential",
        SkillName = "Resting potential",
        Kind = "choice",
        Prompt = "Which one?",
        Choices = [.. Enumerable.Range(0, options).Select(i => new ChoiceData(((char)('A' + i)).ToString(), optionText))],
    });

    private static void AssertNoAnswer(string wire, Tutoring.Items.Item item)
    {
        Assert.DoesNotContain(item.Solution, wire, StringComparison.Ordinal);
        Assert.DoesNotContain(item.Explanation, wire, StringComparison.Ordinal);
        if (item.Answer is { } answer)
        {
            Assert.DoesNotContain(answer.ToString("R", CultureInfo.InvariantCulture), wire, StringComparison.Ordinal);
        }
    }
}
