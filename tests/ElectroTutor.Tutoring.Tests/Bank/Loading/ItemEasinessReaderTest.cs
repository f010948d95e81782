using ElectroTutor.Simulation.Scenarios;
using ElectroTutor.Tutoring.Bank;
using ElectroTutor.Tutoring.Bank.Loading;

namespace ElectroTutor.Tutoring.Tests.Bank.Loading;

public class ItemEasinessReaderTest
{
    private static QuestionBankLoadResult Load(string easiness) =>
        QuestionBankLoader.Load(
            [
                new BankSource("skills.yaml", new StringReader(TestBank.Skills)),
                new BankSource("misconceptions.yaml", new StringReader(TestBank.Misconceptions)),
                new BankSource("templates/test.yaml", new StringReader(TestBank.NernstTemplate)),
                new BankSource("item-easiness.yaml", new StringReader(easiness)),
            ],
            ScenarioCatalog.Default);

    [Fact]
    public void Listed_templates_get_their_offset_and_others_zero()
    {
        var bank = Load("""
            items:
              - template: nernst-k
                easiness: -0.35
                attempts: 412
            """).Bank;
        Assert.NotNull(bank);
        Assert.Equal(-0.35, bank.Easiness.OffsetOf("nernst-k"));
        Assert.Equal(412, bank.Easiness.Attempts["nernst-k"]);
        Assert.Equal(0, bank.Easiness.OffsetOf("not-listed"));
    }

    [Fact]
    public void An_empty_list_or_no_file_means_every_template_is_zero()
    {
        Assert.Empty(Load("items: []").Bank!.Easiness.Offsets);
        Assert.Empty(TestBank.Sound(TestBank.NernstTemplate).Easiness.Offsets);
    }

    [Fact]
    public void The_shipped_file_loads_and_is_honestly_empty_until_there_are_logs()
    {
        Assert.Empty(Conversation.RealBank.Bank.Easiness.Offsets);
        var text = File.ReadAllText(Path.Combine(Conversation.RealBank.DataFolder(), "item-easiness.yaml"));
        Assert.Contains("no real learner logs yet", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("items:\n  - template: nernst-k\n    easiness: hard\n    attempts: 3\n", 3, "'easiness' must be a number")]
    [InlineData("items:\n  - template: nernst-k\n    easiness: 9\n    attempts: 3\n", 3, "outside")]
    [InlineData("items:\n  - template: nernst-k\n    easiness: 0.1\n    attempts: -2\n", 4, "whole number")]
    [InlineData("items:\n  - template: nernst-k\n    easiness: 0.1\n", 2, "'attempts' is required")]
    [InlineData("items:\n  - template: nernst-k\n    easiness: 0.1\n    attempts: 2\n    note: x\n", 5, "unknown key 'note'")]
    [InlineData("items:\n  - template: no-such-template\n    easiness: 0.1\n    attempts: 2\n", 2, "'no-such-template' is not in the bank")]
    [InlineData("items:\n  - template: nernst-k\n    easiness: 0.1\n    attempts: 2\n  - template: nernst-k\n    easiness: 0.2\n    attempts: 2\n", 5, "listed twice")]
    public void A_bad_entry_is_an_error_naming_file_and_line(string text, int line, string message)
    {
        var result = Load(text);
        Assert.Null(result.Bank);
        var error = Assert.Single(result.Errors);
        Assert.Equal("item-easiness.yaml", error.File);
        Assert.Equal(line, error.Line);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }
}
