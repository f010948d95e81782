using ElectroTutor.Simulation.Scenarios;
using ElectroTutor.Tutoring.Bank.Templates;
using ElectroTutor.Tutoring.Items;

namespace ElectroTutor.Tutoring.Tests.Items;

public class ItemGeneratorTest
{
    private static readonly ItemGenerator Generator = new(ScenarioCatalog.Default);

    private static ItemTemplate Template(string yaml, string id)
    {
        Assert.True(TestBank.Sound(yaml).TryGetTemplate(id, out var template));
        return template;
    }

    private static Item Generate(ItemTemplate template, long seed)
    {
        var result = Generator.Generate(template, seed);
        Assert.True(result.Succeeded, result.Error);
        return result.Item!;
    }

    [Fact]
    public void The_same_seed_gives_the_same_item_and_other_seeds_differ()
    {
        var template = Template(TestBank.NernstTemplate, "nernst-k");
        var first = Generate(template, 42);
        Assert.Equal(first.Prompt, Generate(template, 42).Prompt);
        Assert.Equal(first.Answer, Generate(template, 42).Answer);
        Assert.True(Enumerable.Range(1, 20).Select(s => Generate(template, s).Prompt).Distinct().Count() > 5);
        Assert.Equal("nernst-k:42", first.Id);
    }

    [Fact]
    public void The_answer_comes_from_the_simulator_with_the_drawn_parameters()
    {
        var item = Generate(Template(TestBank.NernstTemplate, "nernst-k"), 7);
        var kOut = item.Parameters.Single(p => p.Name == "kOut");
        var kIn = item.Parameters.Single(p => p.Name == "kIn");
        Assert.Equal("mM", kOut.Unit);
        Assert.Equal(26.7267 * Math.Log(kOut.Value / kIn.Value), item.Answer!.Value, 3);
        Assert.Equal("mV", item.AnswerUnit);
        Assert.Contains($"{item.Answer:0.0}".Replace("-", "\u2212", StringComparison.Ordinal), item.Solution, StringComparison.Ordinal);
    }

    [Fact]
    public void Buggy_variants_are_computed_and_template_variants_win_over_generic_ones()
    {
        var item = Generate(Template(TestBank.NernstTemplate, "nernst-k"), 3);
        var answer = item.Answer!.Value;
        var swapped = item.Variants.Single(v => v.MisconceptionId == "swapped");
        Assert.Equal(-answer, swapped.Value, 9);
        Assert.DoesNotContain(item.Variants, v => v.MisconceptionId == GenericMistakes.SignError);
        Assert.Equal(answer * Math.Log10(Math.E), item.Variants.Single(v => v.MisconceptionId == "log10-for-ln").Value, 9);
        Assert.Equal(2, item.Variants.Count(v => v.MisconceptionId == GenericMistakes.UnitPrefixSlip));
    }

    [Fact]
    public void A_variant_without_a_value_of_its_own_goes_through_the_answers_value_formula()
    {
        var yaml = TestBank.NernstTemplate.Replace("      unit: mV\n", "      unit: V\n      value: simulated / 1000\n", StringComparison.Ordinal)
            .Replace("absolute: 0.5", "absolute: 0.0005", StringComparison.Ordinal);
        var item = Generate(Template(yaml, "nernst-k"), 3);
        Assert.Equal(-item.Answer!.Value, item.Variants.Single(v => v.MisconceptionId == "swapped").Value, 12);
        Assert.InRange(Math.Abs(item.Answer.Value), 0.05, 0.11);
    }

    [Fact]
    public void A_variant_within_tolerance_of_the_answer_is_not_offered()
    {
        var yaml = TestBank.NernstTemplate.Replace("value: answer * log10(exp(1))", "value: answer + 0.2", StringComparison.Ordinal);
        var item = Generate(Template(yaml, "nernst-k"), 5);
        Assert.DoesNotContain(item.Variants, v => v.MisconceptionId == "log10-for-ln");
    }

    [Fact]
    public void Constraints_hold_for_every_item()
    {
        var yaml = TestBank.NernstTemplate.Replace("    prompt:", "    constraints:\n      - kOut >= 6\n    prompt:", StringComparison.Ordinal);
        var template = Template(yaml, "nernst-k");
        Assert.All(Enumerable.Range(1, 50), s => Assert.True(Generate(template, s).Parameters.Single(p => p.Name == "kOut").Value >= 6));

        var impossible = Template(TestBank.NernstTemplate.Replace("    prompt:", "    constraints:\n      - kOut > 100\n    prompt:", StringComparison.Ordinal), "nernst-k");
        Assert.Contains("constraints", Generator.Generate(impossible, 1).Error, StringComparison.Ordinal);
    }

    private const string ChoiceAndOrdering = """
        templates:
          - id: fires
            kind: choice
            skills: [nernst]
            difficulty: 0.5
            parameters:
              amp: {unit: µA/cm², choices: [2, 20]}
            prompt: "A 1 ms pulse of {amp} µA/cm²: does the model axon fire?"
            answer:
              model: hh
              inputs: {amplitudeUaCm2: amp, pulseWidthMs: 1}
              quantity: fires
              unit: "1"
              tolerance: {absolute: 0.5}
            shuffle: false
            choices:
              - text: "Yes"
                correctWhen: answer == 1
              - text: "No"
                correctWhen: answer == 0
            hints: [a, b, c]
            solution: "fires = {answer}"
            explanation: Threshold.
          - id: order
            kind: ordering
            skills: [gradients]
            difficulty: 0.4
            prompt: Order these.
            order: [first, second, third, fourth]
            hints: [a, b, c]
            solution: In order.
            explanation: Sequence.
        """;

    [Fact]
    public void Choice_correctness_can_follow_the_simulator_per_item()
    {
        var template = Template(ChoiceAndOrdering, "fires");
        var items = Enumerable.Range(1, 12).Select(s => Generate(template, s)).ToList();
        Assert.All(items, item =>
        {
            var amplitude = item.Parameters.Single().Value;
            Assert.Equal(amplitude > 10 ? "A" : "B", item.Choices.Single(c => c.IsCorrect).Letter);
        });
        Assert.Equal(2, items.Select(i => i.Parameters.Single().Value).Distinct().Count());
    }

    [Fact]
    public void Ordering_items_are_shuffled_and_the_correct_letters_recover_the_order()
    {
        var template = Template(ChoiceAndOrdering, "order");
        var item = Generate(template, 9);
        Assert.NotEqual(["first", "second", "third", "fourth"], item.OrderingShown.Select(c => c.Text));
        var byLetter = item.OrderingShown.ToDictionary(c => c.Letter, c => c.Text);
        Assert.Equal(["first", "second", "third", "fourth"], item.CorrectOrder.Select(l => byLetter[l]));
    }
}
