using ElectroTutor.Cli.LoadTest;
using ElectroTutor.Data.Content;
using ElectroTutor.Simulation.Scenarios;
using ElectroTutor.Tutoring.Answers;
using ElectroTutor.Tutoring.Checking;
using ElectroTutor.Tutoring.Items;

namespace ElectroTutor.Cli.Tests.LoadTest;

/// <summary>The answers simulated learners type, graded by the tutor's own answer checker, for every template of the bank.</summary>
public sealed class AnswerKeyTest
{
    [Fact]
    public void Right_answers_are_graded_right_and_wrong_answers_gradably_wrong_for_every_template()
    {
        var bank = BankFolder.Load(BankFolder.Find(null)!).Bank!;
        var key = new AnswerKey(bank, ScenarioCatalog.Default);
        var generator = new ItemGenerator(ScenarioCatalog.Default);
        var checker = new ItemChecker(bank);
        foreach (var template in bank.Templates)
        {
            var item = generator.Generate(template, 11).Item!;
            var right = checker.Check(item, key.Answer(item.Id, right: true)!);
            var wrong = checker.Check(item, key.Answer(item.Id, right: false)!);
            Assert.True(right.IsCorrect, $"{item.Id}: the right answer was graded {right.Verdict}");
            Assert.True(wrong.Verdict is AnswerVerdict.Incorrect, $"{item.Id}: the wrong answer was graded {wrong.Verdict}");
        }
    }

    [Theory]
    [InlineData("no-such-template:1")]
    [InlineData("missing-seed")]
    [InlineData("nernst-potassium:x")]
    public void An_id_that_names_no_item_has_no_answer(string itemId)
    {
        var key = new AnswerKey(BankFolder.Load(BankFolder.Find(null)!).Bank!, ScenarioCatalog.Default);
        Assert.Null(key.Answer(itemId, right: true));
    }
}
