using ElectroTutor.Simulation.Scenarios;
using ElectroTutor.Tutoring.Answers;
using ElectroTutor.Tutoring.Checking;
using ElectroTutor.Tutoring.Items;

namespace ElectroTutor.Tutoring.Tests.Checking;

public class ItemCheckerTest
{
    private const string Kinds = """
        templates:
          - id: pump-ratio
            kind: choice
            skills: [gradients]
            difficulty: 0.2
            prompt: Per ATP the pump moves
            choices:
              - text: 3 Na⁺ out and 2 K⁺ in
                correct: true
              - text: 2 Na⁺ out and 3 K⁺ in
                misconception: swapped
              - text: 1 Na⁺ out and 1 K⁺ in
            hints: [a, b, c]
            solution: Three out, two in.
            explanation: Electrogenic.
          - id: fires
            kind: choice
            skills: [gradients]
            difficulty: 0.2
            prompt: Does it fire?
            shuffle: false
            choices:
              - text: Yes — a full spike.
                correct: true
              - text: No — it stays near rest.
              - text: Sometimes - a smaller spike.
            hints: [a, b, c]
            solution: Yes.
            explanation: Threshold.
          - id: order
            kind: ordering
            skills: [gradients]
            difficulty: 0.4
            prompt: Order these.
            order: [first, second, third]
            hints: [a, b, c]
            solution: In order.
            explanation: Sequence.
          - id: ttx
            kind: short
            skills: [gradients]
            difficulty: 0.2
            prompt: Which ion's channels does TTX block?
            accept:
              - [sodium, na, na+]
            reject:
              - {phrase: potassium, misconception: swapped}
            hints: [a, b, c]
            solution: Sodium.
            explanation: Tetrodotoxin.
        """;

    private static readonly Tutoring.Bank.QuestionBank Bank = TestBank.Sound(TestBank.NernstTemplate + "\n" + Kinds["templates:\n".Length..]);
    private static readonly ItemChecker Checker = new(Bank);

    private static Item Item(string id, long seed = 3)
    {
        Assert.True(Bank.TryGetTemplate(id, out var template));
        return new ItemGenerator(ScenarioCatalog.Default).Generate(template, seed).Item!;
    }

    private static string Text(double value, string unit = "mV") => $"{value.ToString("R", System.Globalization.CultureInfo.InvariantCulture)} {unit}";

    [Fact]
    public void A_right_value_is_correct_in_any_unit_of_the_dimension()
    {
        var item = Item("nernst-k");
        var answer = item.Answer!.Value;
        Assert.True(Checker.Check(item, Text(answer)).IsCorrect);
        Assert.True(Checker.Check(item, Text(answer / 1000, "V")).IsCorrect);
        Assert.True(Checker.Check(item, Text(answer * 1000, "µV")).IsCorrect);
        var verdict = Checker.Check(item, Text(answer));
        Assert.Equal("mV", verdict.ExpectedUnit);
        Assert.Equal(answer, verdict.ParsedValue!.Value, 9);
    }

    [Fact]
    public void Wrong_values_from_named_mistakes_are_diagnosed_with_their_feedback()
    {
        var item = Item("nernst-k");
        var swapped = Checker.Check(item, Text(-item.Answer!.Value));
        Assert.Equal(AnswerVerdict.Incorrect, swapped.Verdict);
        Assert.Equal("swapped", swapped.MisconceptionId);
        Assert.Equal("Outside goes on top.", swapped.Feedback);

        var log = Checker.Check(item, Text(item.Answer.Value * Math.Log10(Math.E)));
        Assert.Equal("log10-for-ln", log.MisconceptionId);

        var bareVolts = Checker.Check(item, (item.Answer.Value / 1000).ToString("R", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(GenericMistakes.UnitPrefixSlip, bareVolts.MisconceptionId);
    }

    [Fact]
    public void Other_wrong_answers_get_a_verdict_without_a_diagnosis()
    {
        var item = Item("nernst-k");
        Assert.Null(Checker.Check(item, Text(item.Answer!.Value + 7)).MisconceptionId);
        Assert.Equal(AnswerVerdict.WrongUnit, Checker.Check(item, Text(item.Answer.Value, "mM")).Verdict);
        Assert.Equal(AnswerVerdict.Ambiguous, Checker.Check(item, "-80 or -90 mV").Verdict);
        Assert.Equal(AnswerVerdict.Unparseable, Checker.Check(item, "no idea 🤷").Verdict);
        Assert.Equal(AnswerVerdict.Unparseable, Checker.Check(item, new string('9', 10_000)).Verdict);
    }

    [Fact]
    public void Choices_by_letter_or_text_and_distractors_name_their_misconception()
    {
        var item = Item("pump-ratio");
        var right = item.Choices.Single(c => c.IsCorrect);
        Assert.True(Checker.Check(item, right.Letter.ToLowerInvariant()).IsCorrect);
        Assert.True(Checker.Check(item, "3 Na+ out and 2 K+ in").IsCorrect);
        var wrong = item.Choices.Single(c => c.MisconceptionId == "swapped");
        var verdict = Checker.Check(item, $"({wrong.Letter})");
        Assert.Equal("swapped", verdict.MisconceptionId);
        Assert.Equal(right.Letter, verdict.ExpectedText);
        Assert.Equal(AnswerVerdict.Unparseable, Checker.Check(item, "Z").Verdict);
    }

    [Theory]
    [InlineData("yes", AnswerVerdict.Correct)]
    [InlineData("No", AnswerVerdict.Incorrect)]
    [InlineData("sometimes", AnswerVerdict.Incorrect)]
    [InlineData("maybe", AnswerVerdict.Unparseable)]
    public void Options_may_be_answered_by_their_lead_word(string text, AnswerVerdict verdict)
    {
        Assert.Equal(verdict, Checker.Check(Item("fires"), text).Verdict);
    }

    [Fact]
    public void Orderings_are_judged_by_the_shown_letters()
    {
        var item = Item("order");
        Assert.True(Checker.Check(item, string.Join(", ", item.CorrectOrder)).IsCorrect);
        var reversed = Checker.Check(item, string.Join(" ", item.CorrectOrder.Reverse()));
        Assert.Equal(AnswerVerdict.Incorrect, reversed.Verdict);
        Assert.Contains("1 of 3", reversed.Feedback, StringComparison.Ordinal);
        Assert.Equal(AnswerVerdict.Unparseable, Checker.Check(item, "A, A, B").Verdict);
    }

    [Theory]
    [InlineData("sodium", AnswerVerdict.Correct, null)]
    [InlineData("Na⁺", AnswerVerdict.Correct, null)]
    [InlineData("the sodium channels", AnswerVerdict.Correct, null)]
    [InlineData("potassium", AnswerVerdict.Incorrect, "swapped")]
    [InlineData("calcium", AnswerVerdict.Incorrect, null)]
    [InlineData("not sodium", AnswerVerdict.Ambiguous, null)]
    [InlineData("sodiumchannel", AnswerVerdict.Incorrect, null)]
    [InlineData("", AnswerVerdict.Unparseable, null)]
    public void Short_answers_match_whole_words_and_refuse_negations(string text, AnswerVerdict verdict, string? misconception)
    {
        var result = Checker.Check(Item("ttx"), text);
        Assert.Equal(verdict, result.Verdict);
        Assert.Equal(misconception, result.MisconceptionId);
    }
}
