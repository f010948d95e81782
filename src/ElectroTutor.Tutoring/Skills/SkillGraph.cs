namespace ElectroTutor.Tutoring.Skills;

/// <summary>
/// The skills and their prerequisites: ids unique, every prerequisite known, no cycles. Skills are kept in an order
/// where each comes after its prerequisites (the order a learner meets them).
/// </summary>
public sealed class SkillGraph
{
    private readonly Dictionary<string, Skill> byId;

    private SkillGraph(IReadOnlyList<Skill> ordered)
    {
        Skills = ordered;
        byId = ordered.ToDictionary(s => s.Id, StringComparer.Ordinal);
    }

    /// <summary>The skills, each after its prerequisites.</summary>
    public IReadOnlyList<Skill> Skills { get; }

    /// <summary>Builds a graph, or reports why the skills do not form one.</summary>
    /// <param name="skills">The skills in the order written.</param>
    /// <param name="problems">Receives one sentence per problem (duplicate id, unknown prerequisite, cycle).</param>
    /// <returns>The graph, or null when there were problems.</returns>
    public static SkillGraph? TryCreate(IReadOnlyList<Skill> skills, out IReadOnlyList<string> problems)
    {
        ArgumentNullException.ThrowIfNull(skills);
        var found = new List<string>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var skill in skills.Where(s => !ids.Add(s.Id)))
        {
            found.Add($"skill id '{skill.Id}' is used twice.");
        }

        foreach (var skill in skills)
        {
            found.AddRange(skill.Prerequisites.Where(p => !ids.Contains(p)).Select(p => $"skill '{skill.Id}' names unknown prerequisite '{p}'."));
        }

        var ordered = found.Count == 0 ? Order(skills, found) : [];
        problems = found;
        return found.Count == 0 ? new SkillGraph(ordered) : null;
    }

    /// <summary>True when the id names a skill.</summary>
    /// <param name="id">Skill id.</param>
    /// <returns>Whether it exists.</returns>
    public bool Contains(string id) => byId.ContainsKey(id);

    /// <summary>The skill with an id.</summary>
    /// <param name="id">Skill id.</param>
    /// <returns>The skill.</returns>
    public Skill this[string id] => byId.TryGetValue(id, out var skill) ? skill : throw new KeyNotFoundException($"There is no skill '{id}'.");

    // Depth-first topological order that keeps the written order where prerequisites allow.
    private static List<Skill> Order(IReadOnlyList<Skill> skills, List<string> problems)
    {
        var lookup = skills.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var state = new Dictionary<string, bool>(StringComparer.Ordinal); // false = in progress, true = done
        var ordered = new List<Skill>();
        foreach (var skill in skills)
        {
            Visit(skill, []);
        }

        return ordered;

        void Visit(Skill skill, List<string> path)
        {
            if (state.TryGetValue(skill.Id, out var done))
            {
                if (!done)
                {
                    problems.Add($"prerequisites form a cycle: {string.Join(" → ", path.SkipWhile(p => p != skill.Id).Append(skill.Id))}.");
                }

                return;
            }

            state[skill.Id] = false;
            path.Add(skill.Id);
            foreach (var prerequisite in skill.Prerequisites)
            {
                Visit(lookup[prerequisite], path);
            }

            path.RemoveAt(path.Count - 1);
            state[skill.Id] = true;
            ordered.Add(skill);
        }
    }
}
