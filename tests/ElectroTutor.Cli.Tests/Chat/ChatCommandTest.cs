using System.Globalization;
using System.Text.Json.Nodes;
using ElectroTutor.Cli.Tests.Database;
using ElectroTutor.Data.Content;
using ElectroTutor.Simulation.Scenarios;
using ElectroTutor.Tutoring.Bank.Templates;
using ElectroTutor.Tutoring.Items;

namespace ElectroTutor.Cli.Tests.Chat;

/// <summary>Transcripts of <c>electrotutor chat</c> in scripted mode: lines in, replies out, progress kept in the database between runs.</summary>
public sealed class ChatCommandTest
{
    private static List<JsonObject> JsonReplies(CliRun run) =>
        [.. run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonNode.Parse(line)!.AsObject())];

    private static string RightAnswer(string itemId)
    {
        var bank = BankFolder.Load(BankFolder.Find(null)!).Bank!;
        Assert.True(ItemAnswerKey.TryParseItemId(itemId, out var templateId, out var seed));
        Assert.True(bank.TryGetTemplate(templateId, out var template));
        return ItemAnswerKey.Right(new ItemGenerator(ScenarioCatalog.Default).Generate(template, seed).Item!);
    }

    [Fact]
    public void A_newcomer_is_greeted_names_themselves_and_gets_a_question_as_json()
    {
        using var db = new TempDatabaseFile();
        var run = CliRun.WithInput("Ada\nstart\nstop\n", "chat", "--user", "ada", "--json", "--database", db.Path);
        Assert.Equal(0, run.ExitCode);
        var replies = JsonReplies(run);
        Assert.All(replies, r => Assert.NotNull(r["type"]));
        Assert.Contains(replies, r => (string?)r["markdown"] is { } text && text.Contains("Nice to meet you, Ada", StringComparison.Ordinal));
        var question = replies.Single(r => (string?)r["type"] == "question")["question"]!;
        Assert.Matches("^[a-z0-9-]+:[0-9]+$", (string?)question["itemId"]);
        Assert.NotNull(question["skillId"]);
        Assert.Contains(replies, r => (string?)r["type"] == "suggestions");
    }

    [Fact]
    public void A_learner_resumes_after_a_restart_answers_and_sees_mastery_change()
    {
        using var db = new TempDatabaseFile();
        var first = JsonReplies(CliRun.WithInput("Ada\nquiz me on the pump\nstop\n", "chat", "--user", "ada", "--json", "--database", db.Path));
        var itemId = (string)first.Last(r => (string?)r["type"] == "question")["question"]!["itemId"]!;

        var second = JsonReplies(CliRun.WithInput(RightAnswer(itemId) + "\nprogress\nstop\n", "chat", "--user", "ada", "--json", "--database", db.Path));
        Assert.Contains("Welcome back, Ada", (string?)second[0]["markdown"], StringComparison.Ordinal);
        Assert.Equal(itemId, (string?)second.First(r => (string?)r["type"] == "question")["question"]!["itemId"]);
        var feedback = second.Single(r => (string?)r["type"] == "feedback")["feedback"]!;
        Assert.True((bool)feedback["correct"]!);
        Assert.True((double)feedback["masteryAfter"]! > 0.2);
        var skills = second.Single(r => (string?)r["type"] == "progress")["progress"]!["skills"]!.AsArray();
        Assert.Contains(skills, s => (double)s!["mastery"]! > 0.2);
    }

    [Fact]
    public void Hints_come_one_at_a_time_in_scripted_mode_and_plain_text_has_no_escape_codes()
    {
        using var db = new TempDatabaseFile();
        var run = CliRun.WithInput("skip\nstart\nhint\nhint\nstop\n", "chat", "--user", "bo", "--database", db.Path);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Hint 1 of", run.Output, StringComparison.Ordinal);
        Assert.Contains("Hint 2 of", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", run.Output, StringComparison.Ordinal);
        Assert.Contains("Paused", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misconception_is_named_in_the_terminal()
    {
        using var db = new TempDatabaseFile();
        var start = JsonReplies(CliRun.WithInput("Ada\nsimulate K out 10\nquiz me on 1\nstop\n", "chat", "--user", "cy", "--json", "--database", db.Path));
        Assert.Contains(start, r => (string?)r["type"] == "experiment");
        var bank = BankFolder.Load(BankFolder.Find(null)!).Bank!;
        var replies = start;
        ItemChoice? wrong = null;
        for (var tries = 0; wrong is null; tries++)
        {
            Assert.True(tries < 25, "no question with a diagnosed wrong option came up");
            var itemId = (string)replies.Last(r => (string?)r["type"] == "question")["question"]!["itemId"]!;
            Assert.True(bank.TryGetTemplate(itemId[..itemId.LastIndexOf(':')], out var template));
            var item = new ItemGenerator(ScenarioCatalog.Default).Generate(template, long.Parse(itemId[(itemId.LastIndexOf(':') + 1)..], CultureInfo.InvariantCulture)).Item!;
            wrong = item.Choices.FirstOrDefault(c => !c.IsCorrect && c.MisconceptionId is not null);
            if (wrong is null)
            {
                replies = JsonReplies(CliRun.WithInput("skip\nstop\n", "chat", "--user", "cy", "--json", "--database", db.Path));
            }
        }

        var answered = JsonReplies(CliRun.WithInput(wrong.Letter + "\nstop\n", "chat", "--user", "cy", "--json", "--database", db.Path));
        var feedback = answered.Single(r => (string?)r["type"] == "feedback")["feedback"]!;
        Assert.Equal(wrong.MisconceptionId, (string?)feedback["misconceptionId"]);
        Assert.True((bool)feedback["canRetry"]!);
    }

    [Fact]
    public void An_empty_user_id_is_a_usage_error()
    {
        using var db = new TempDatabaseFile();
        var run = CliRun.WithInput("hi\n", "chat", "--user", " ", "--database", db.Path);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--user", run.Error, StringComparison.Ordinal);
    }
}
