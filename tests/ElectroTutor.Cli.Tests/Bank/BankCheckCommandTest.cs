using System.Globalization;
using System.Text.Json.Nodes;

namespace ElectroTutor.Cli.Tests.Bank;

public class BankCheckCommandTest
{
    private const string Template = "hypokalemia-potential-change";

    [Fact]
    public void A_wrong_answer_prints_the_verdict_with_what_was_understood_and_expected()
    {
        var run = CliRun.Of("bank", "check", "--template", Template, "--seed", "7", "--answer", "0 mV");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.StartsWith("Incorrect", run.Output, StringComparison.Ordinal);
        Assert.Contains("Understood: 0 mV; expected: ", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_right_answer_with_a_note_shows_the_note_once()
    {
        var expected = Expected(seed: 7);
        var overlyPrecise = expected.Value.ToString("R", CultureInfo.InvariantCulture) + " " + expected.Unit;

        var run = CliRun.Of("bank", "check", "--template", Template, "--seed", "7", "--answer", overlyPrecise);
        var json = JsonNode.Parse(CliRun.Of("bank", "check", "--template", Template, "--seed", "7", "--answer", overlyPrecise, "--json").Output)!;

        Assert.True(run.ExitCode == 0, run.Error);
        var note = (string?)json["note"];
        Assert.False(string.IsNullOrEmpty(note), json.ToJsonString());
        Assert.Equal(1, Occurrences(run.Output, note));
        Assert.Equal(1, Occurrences((string)json["feedback"]!, note));
    }

    [Fact]
    public void An_unknown_template_is_an_input_error()
    {
        var run = CliRun.Of("bank", "check", "--template", "no-such-template", "--answer", "1");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("no-such-template", run.Error, StringComparison.Ordinal);
    }

    private static (double Value, string Unit) Expected(int seed)
    {
        var json = JsonNode.Parse(CliRun.Of("bank", "check", "--template", Template, "--seed", seed.ToString(CultureInfo.InvariantCulture), "--answer", "0", "--json").Output)!;
        return ((double)json["expected"]!["value"]!, (string)json["expected"]!["unit"]!);
    }

    private static int Occurrences(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
