using ElectroTutor.Tutoring.Skills;

namespace ElectroTutor.Tutoring.Mastery.Selection;

/// <summary>One request for the next item.</summary>
/// <param name="Mode">Practice or revise.</param>
/// <param name="Focus">Skill ids to stay within ("quiz me on …"), or null for the whole graph.</param>
/// <param name="Seed">Seed for the choice among equally suitable templates and for the item's own seed.</param>
public sealed record SelectionRequest(SelectionMode Mode, IReadOnlySet<string>? Focus, long Seed)
{
    /// <summary>A plain practice request over the whole graph.</summary>
    public static SelectionRequest Practice(long seed) => new(SelectionMode.Practice, null, seed);

    /// <summary>A "revise" request over the whole graph.</summary>
    public static SelectionRequest Revise(long seed) => new(SelectionMode.Revise, null, seed);

    /// <summary>A topic: <paramref name="skillId"/> and every skill that depends on it, directly or not.</summary>
    public static IReadOnlySet<string> Topic(SkillGraph graph, string skillId)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var topic = new HashSet<string>(StringComparer.Ordinal) { graph[skillId].Id };

        // Skills come after their prerequisites, so one pass in graph order reaches every descendant.
        foreach (var skill in graph.Skills.Where(s => s.Prerequisites.Any(topic.Contains)))
        {
            topic.Add(skill.Id);
        }

        return topic;
    }
}
