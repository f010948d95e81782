namespace ElectroTutor.Tutoring.Tests.Bank.Loading;

public class QuestionBankLoaderTest
{
    [Fact]
    public void Loads_a_sound_bank()
    {
        var bank = TestBank.Sound(TestBank.NernstTemplate);
        Assert.Equal(["gradients", "nernst"], bank.Skills.Skills.Select(s => s.Id));
        Assert.True(bank.TryGetTemplate("nernst-k", out var template));
        Assert.Equal(2, template.Variants.Count);
        Assert.Equal(4, bank.Misconceptions.Count);
    }

    [Theory]
    [InlineData("    difficulty: 0.3", "    difficulty: 0.3\n    colour: red", 6, "unknown key 'colour'")]
    [InlineData("skills: [nernst]", "skills: [nernstt]", 2, "unknown skill 'nernstt'")]
    [InlineData("- id: swapped", "- id: swaped", 2, "unknown misconception 'swaped'")]
    [InlineData("model: nernst", "model: nerst", 2, "unknown simulator model 'nerst'")]
    [InlineData("quantity: equilibriumPotentialMv", "quantity: potentialMv", 2, "has no quantity 'potentialMv'")]
    [InlineData("inputs: {outsideMm: kIn, insideMm: kOut}", "inputs: {outsideMM: kIn, insideMm: kOut}", 2, "has no input 'outsideMM'")]
    [InlineData("value: answer * log10(exp(1))", "value: answer * log(exp(1))", 20, "unknown function 'log'")]
    [InlineData("value: answer * log10(exp(1))", "value: answr * 2", 2, "uses 'answr'")]
    [InlineData("      - Which equation?\n", "", 2, "at least 3 hints")]
    [InlineData("tolerance: {absolute: 0.5}", "tolerance: {absolute: 0.5, relative: 0.1}", 15, "exactly one of")]
    [InlineData("difficulty: 0.3", "difficulty: 3", 5, "between 0 and 1")]
    [InlineData("kind: numeric", "kind: essay", 3, "kind 'essay'")]
    [InlineData("kOut: {unit: mM, from: 3, to: 8, step: 0.5}", "kOut: {unit: mM, from: 3, to: 8, step: 0}", 7, "step above 0")]
    public void Problems_are_reported_with_file_and_line(string find, string replace, int line, string expected)
    {
        var result = TestBank.Load(TestBank.NernstTemplate.Replace(find, replace, StringComparison.Ordinal));
        Assert.Null(result.Bank);
        var error = Assert.Single(result.Errors);
        Assert.Equal("templates/test.yaml", error.File);
        Assert.Equal(line, error.Line);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Yaml_syntax_errors_name_the_line_and_other_files_still_load()
    {
        var result = TestBank.Load("templates:\n  - id: x\n    kind: [numeric\n");
        var error = Assert.Single(result.Errors);
        Assert.InRange(error.Line, 3, 4);
        Assert.StartsWith("YAML syntax", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("skills: [nernst")]
    [InlineData("skills:\n  - id: a\n    prerequisites: [b")]
    [InlineData("skills:\n  - id: a\n    prerequisites: [b\n    name: x\n")]
    [InlineData("skills:\n  - id: a\n    prerequisites: [b, c\n  - id: d\n")]
    [InlineData("skills: {a: [b")]
    public void An_unterminated_list_is_a_syntax_error_not_a_crash(string skills)
    {
        var result = TestBank.Load(TestBank.NernstTemplate, skills: skills);
        Assert.Null(result.Bank);
        Assert.Contains(result.Errors, e => e.File == "skills.yaml" && e.Message.StartsWith("YAML syntax", StringComparison.Ordinal));
    }

    [Fact]
    public void One_bad_template_does_not_hide_the_next()
    {
        var two = TestBank.NernstTemplate + "\n" + TestBank.NernstTemplate["templates:\n".Length..]
            .Replace("id: nernst-k", "id: nernst-k2", StringComparison.Ordinal)
            .Replace("skills: [nernst]", "skills: [nope]", StringComparison.Ordinal);
        var broken = two.Replace("skills: [nernst]", "skills: [nada]", StringComparison.Ordinal);
        var result = TestBank.Load(broken);
        Assert.True(result.Errors.Count == 2, string.Join("\n", result.Errors));
    }

    [Fact]
    public void Duplicate_template_ids_and_prerequisite_cycles_are_errors()
    {
        var duplicate = TestBank.NernstTemplate + "\n" + TestBank.NernstTemplate["templates:\n".Length..];
        var duplicateErrors = TestBank.Load(duplicate).Errors;
        Assert.True(duplicateErrors.Any(e => e.Message.Contains("used twice", StringComparison.Ordinal)), string.Join("\n", duplicateErrors));

        var cycle = TestBank.Skills.Replace("prerequisites: []", "prerequisites: [nernst]", StringComparison.Ordinal);
        var errors = TestBank.Load(TestBank.NernstTemplate, cycle).Errors;
        Assert.Contains(errors, e => e.Message.Contains("cycle", StringComparison.Ordinal));
    }

    [Fact]
    public void A_text_input_must_be_a_word_and_formula_names_must_exist()
    {
        var result = TestBank.Load(TestBank.NernstTemplate.Replace("outsideMm: kOut,", "outsideMm: kOut * kNew,", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.Message.Contains("uses kNew", StringComparison.Ordinal));
    }
}
