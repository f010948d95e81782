using System.Text.Json.Nodes;

namespace ElectroTutor.Cli.Tests.Bank;

public class BankAskCommandTest
{
    [Fact]
    public void A_question_prints_the_answering_note_and_the_ranked_notes_with_scores()
    {
        var run = CliRun.Of("bank", "ask", "what do T-tubules do?", "--max", "3");
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.StartsWith("Answer: t-tubules — ", run.Output, StringComparison.Ordinal);
        Assert.Contains(" 1. t-tubules", run.Output, StringComparison.Ordinal);
        Assert.Contains("T-tubules are narrow tubes", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_off_topic_question_gets_no_answer()
    {
        var run = CliRun.Of("bank", "ask", "what's the capital of France?");
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("No answer", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_gives_status_answer_and_matches()
    {
        var run = CliRun.Of("bank", "ask", "how many sodium ions does the pump move?", "--json");
        Assert.True(run.ExitCode == 0, run.Error);
        var json = JsonNode.Parse(run.Output)!;
        Assert.Equal("answered", (string?)json["status"]);
        Assert.Equal("sodium-potassium-pump", (string?)json["answer"]!["id"]);
        Assert.True((double)json["matches"]![0]!["score"]! > 0);
        Assert.Equal("sodium-potassium-pump", (string?)json["matches"]![0]!["id"]);

        var none = JsonNode.Parse(CliRun.Of("bank", "ask", "🙂", "--json").Output)!;
        Assert.Equal("noContentWords", (string?)none["status"]);
        Assert.Null(none["answer"]);
    }

    [Fact]
    public void A_bad_max_is_a_usage_error()
    {
        var run = CliRun.Of("bank", "ask", "threshold", "--max", "0");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--max", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Broken_notes_are_reported_with_file_and_line()
    {
        var folder = Directory.CreateTempSubdirectory("electrotutor-ask-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(folder, "concepts"));
            File.WriteAllText(Path.Combine(folder, "skills.yaml"), "skills:\n  - id: a\n    name: A\n    description: A.\n    prerequisites: []\n");
            File.WriteAllText(Path.Combine(folder, "concepts", "x.md"), "---\nid: y\ntitle: X\nskills: [a]\n---\nText.\n");
            var run = CliRun.Of("bank", "ask", "anything", "--data", folder);
            Assert.Equal(1, run.ExitCode);
            Assert.Contains("concepts/x.md:2: concept note id 'y' must match the file name 'x.md'", run.Error, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
