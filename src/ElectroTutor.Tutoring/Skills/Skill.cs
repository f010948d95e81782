namespace ElectroTutor.Tutoring.Skills;

/// <summary>One skill of the graph a learner masters.</summary>
/// <param name="Id">Stable kebab-case id; mastery is stored against it.</param>
/// <param name="Name">Short name for people.</param>
/// <param name="Description">One or two sentences on what mastering it means.</param>
/// <param name="Prerequisites">Ids of the skills that come first.</param>
public sealed record Skill(string Id, string Name, string Description, IReadOnlyList<string> Prerequisites);
