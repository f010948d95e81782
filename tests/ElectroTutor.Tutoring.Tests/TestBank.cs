using ElectroTutor.Simulation.Scenarios;
using ElectroTutor.Tutoring.Bank;
using ElectroTutor.Tutoring.Bank.Loading;

namespace ElectroTutor.Tutoring.Tests;

/// <summary>Small in-memory banks for tests: two skills, the generic mistakes, and the templates a test gives.</summary>
internal static class TestBank
{
    public const string Skills = """
        skills:
          - id: gradients
            name: Gradients
            description: Diffusion and charge.
            prerequisites: []
          - id: nernst
            name: Nernst
            description: Equilibrium potentials.
            prerequisites: [gradients]
        """;

    public const string Misconceptions = """
        misconceptions:
          - id: sign-error
            name: Sign slip
            feedback: Check the sign.
          - id: unit-prefix-slip
            name: Prefix slip
            feedback: Check the prefix.
          - id: swapped
            name: Inside and outside swapped
            feedback: Outside goes on top.
          - id: log10-for-ln
            name: log10 for ln
            feedback: Use ln.
        """;

    public const string NernstTemplate = """
        templates:
          - id: nernst-k
            kind: numeric
            skills: [nernst]
            difficulty: 0.3
            parameters:
              kOut: {unit: mM, from: 3, to: 8, step: 0.5}
              kIn: {unit: mM, choices: [120, 140, 160]}
            prompt: "[K⁺]o = {kOut} mM, [K⁺]i = {kIn} mM. E_K?"
            answer:
              model: nernst
              inputs: {ion: K, outsideMm: kOut, insideMm: kIn, temperatureC: 37}
              quantity: equilibriumPotentialMv
              unit: mV
              tolerance: {absolute: 0.5}
            misconceptions:
              - id: swapped
                inputs: {outsideMm: kIn, insideMm: kOut}
              - id: log10-for-ln
                value: answer * log10(exp(1))
            hints:
              - Which equation?
              - "Nernst with z = 1."
              - "RT/F = {thermalVoltageMv(37):0.00} mV."
            solution: "E_K = {answer:0.0} mV."
            explanation: K⁺ is held back by a negative inside.
        """;

    public static QuestionBankLoadResult Load(string templates, string skills = Skills, string misconceptions = Misconceptions) =>
        QuestionBankLoader.Load(
            [
                new BankSource("skills.yaml", new StringReader(skills)),
                new BankSource("misconceptions.yaml", new StringReader(misconceptions)),
                new BankSource("templates/test.yaml", new StringReader(templates)),
            ],
            ScenarioCatalog.Default);

    public static QuestionBank Sound(string templates)
    {
        var result = Load(templates);
        Assert.True(result.Bank is not null, string.Join(Environment.NewLine, result.Errors));
        return result.Bank!;
    }
}
