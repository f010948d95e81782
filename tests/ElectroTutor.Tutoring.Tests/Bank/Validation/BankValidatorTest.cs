using ElectroTutor.Simulation.Scenarios;
using ElectroTutor.Tutoring.Bank.Validation;
using ElectroTutor.Tutoring.Items;

namespace ElectroTutor.Tutoring.Tests.Bank.Validation;

public class BankValidatorTest
{
    private static readonly BankValidator Validator = new(new ItemGenerator(ScenarioCatalog.Default));

    [Fact]
    public void A_sound_template_validates_over_many_seeds()
    {
        var bank = TestBank.Sound(TestBank.NernstTemplate);
        Assert.Empty(Validator.ValidateTemplate(bank.Templates[0], 100));
    }

    [Fact]
    public void A_variant_never_distinguishable_from_the_answer_is_an_error()
    {
        var bank = TestBank.Sound(TestBank.NernstTemplate.Replace("value: answer * log10(exp(1))", "value: answer * 1.001", StringComparison.Ordinal));
        var error = Assert.Single(Validator.ValidateTemplate(bank.Templates[0], 50));
        Assert.Contains("'log10-for-ln' is within tolerance", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Implausible_answers_are_errors()
    {
        var bank = TestBank.Sound(TestBank.NernstTemplate.Replace("      unit: mV", "      unit: mV\n      value: simulated * 1000", StringComparison.Ordinal));
        Assert.Contains(Validator.ValidateTemplate(bank.Templates[0], 5), e => e.Message.Contains("plausible range", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_skill_needs_two_templates()
    {
        var bank = TestBank.Sound(TestBank.NernstTemplate);
        var errors = BankValidator.ValidateCoverage(bank);
        Assert.Contains(errors, e => e.Message.Contains("skill 'gradients' has 0", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Message.Contains("skill 'nernst' has 1", StringComparison.Ordinal));
    }
}
