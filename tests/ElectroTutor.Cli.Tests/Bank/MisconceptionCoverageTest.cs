using ElectroTutor.Data.Content;
using System.Globalization;
using ElectroTutor.Cli.Bank;
using ElectroTutor.Simulation.Scenarios;
using ElectroTutor.Tutoring.Bank;
using ElectroTutor.Tutoring.Bank.Templates;
using ElectroTutor.Tutoring.Checking;
using ElectroTutor.Tutoring.Items;

namespace ElectroTutor.Cli.Tests.Bank;

/// <summary>Every misconception in the shipped bank is diagnosed by some item when a learner makes that mistake.</summary>
public class MisconceptionCoverageTest
{
    private static readonly QuestionBank Bank = BankFolder.Load(BankFolder.Find(null)!).Bank!;

    [Fact]
    public void Every_misconception_has_a_case_that_triggers_it()
    {
        var checker = new ItemChecker(Bank);
        var generator = new ItemGenerator(ScenarioCatalog.Default);
        var diagnosed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var template in Bank.Templates)
        {
            for (var seed = 1; seed <= 3; seed++)
            {
                var item = generator.Generate(template, seed).Item!;
                foreach (var (answer, expected) in MistakenAnswers(item))
                {
                    var verdict = checker.Check(item, answer);
                    Assert.True(verdict.MisconceptionId == expected, $"{item.Id}: '{answer}' gave {verdict.Verdict} {verdict.MisconceptionId}, expected {expected}");
                    Assert.False(verdict.IsCorrect, $"{item.Id}: the mistaken answer '{answer}' was accepted");
                    diagnosed.Add(expected);
                }
            }
        }

        var never = Bank.Misconceptions.Keys.Where(id => !diagnosed.Contains(id)).ToList();
        Assert.True(never.Count == 0, "never diagnosed: " + string.Join(", ", never));
    }

    private static IEnumerable<(string Answer, string Misconception)> MistakenAnswers(Item item)
    {
        var unit = item.AnswerUnit is null or "1" ? string.Empty : " " + item.AnswerUnit;
        foreach (var variant in item.Variants)
        {
            yield return (variant.Value.ToString("R", CultureInfo.InvariantCulture) + unit, variant.MisconceptionId);
        }

        foreach (var choice in item.Choices.Where(c => c.MisconceptionId is not null))
        {
            yield return (choice.Letter, choice.MisconceptionId!);
        }

        if (item.Kind == TemplateKind.ShortAnswer)
        {
            foreach (var rejected in item.ShortAnswer!.Rejected)
            {
                yield return (rejected.Phrase, rejected.MisconceptionId);
            }
        }
    }
}
