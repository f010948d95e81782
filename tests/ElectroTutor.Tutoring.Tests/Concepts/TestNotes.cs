using ElectroTutor.Tutoring.Bank;
using ElectroTutor.Tutoring.Concepts;
using ElectroTutor.Tutoring.Skills;

namespace ElectroTutor.Tutoring.Tests.Concepts;

/// <summary>Small in-memory notes for tests: a sound note's text, and loading any set of files.</summary>
internal static class TestNotes
{
    public const string Filler = "The membrane keeps its ion gradients because the pump works all the time, and each channel lets only some ions through, so the potential settles where the currents balance and stays there until something opens more channels.";

    public static SkillGraph Skills { get; } = SkillGraph.TryCreate(
        [
            new Skill("gradients", "Gradients", "Diffusion.", []),
            new Skill("nernst", "Nernst", "Equilibrium.", ["gradients"]),
        ],
        out _)!;

    public static string Note(string id, string title, string skills = "[gradients]", string aliases = "[]", string body = Filler) => $"""
        ---
        id: {id}
        title: {title}
        skills: {skills}
        aliases: {aliases}
        ---
        {body}
        """;

    public static ConceptLibraryLoadResult Load(params (string Name, string Text)[] files) =>
        ConceptLibraryLoader.Load(files.Select(f => new BankSource(f.Name, new StringReader(f.Text))), Skills);

    public static ConceptLibrary Library(params ConceptNote[] notes) => new(notes);

    public static ConceptNote Make(string id, string title, string[] skills, string[] aliases, string body) =>
        new(id, title, skills, aliases, body, $"concepts/{id}.md");
}
