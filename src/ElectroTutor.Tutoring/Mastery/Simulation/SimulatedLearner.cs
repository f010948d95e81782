using ElectroTutor.Tutoring.Items;
using ElectroTutor.Tutoring.Skills;

namespace ElectroTutor.Tutoring.Mastery.Simulation;

/// <summary>
/// A learner with a hidden true state per skill (learned or not) and individual BKT-like parameters: an overall
/// ability scales each skill's learning rate, and learning is five times slower while a prerequisite is not yet
/// truly learned, so the order of practice matters. No forgetting: the study measures the first learning.
/// </summary>
internal sealed class SimulatedLearner
{
    private const double BlockedByPrerequisite = 0.2;

    private readonly SkillGraph graph;
    private readonly Dictionary<string, double> learnRate = new(StringComparer.Ordinal);
    private readonly HashSet<string> learned = new(StringComparer.Ordinal);
    private readonly double slip;
    private readonly double guess;

    /// <summary>Draws learner <paramref name="index"/>; skill base rates are shared by all learners of one seed.</summary>
    public SimulatedLearner(SkillGraph graph, long seed, int index)
    {
        this.graph = graph;
        var random = new SeededRandom("learner-" + index, seed);
        var ability = Uniform(random, 0.5, 1.5);
        slip = Uniform(random, 0.03, 0.15);
        guess = Uniform(random, 0.1, 0.25);
        var priorKnowledge = Uniform(random, 0, 0.2);
        foreach (var skill in graph.Skills)
        {
            var skillRate = Uniform(new SeededRandom("skill-" + skill.Id, seed), 0.1, 0.3);
            learnRate[skill.Id] = Math.Clamp(skillRate * ability, 0.03, 0.6);
            if (Uniform(random, 0, 1) < priorKnowledge)
            {
                learned.Add(skill.Id);
            }
        }
    }

    /// <summary>Whether the learner truly knows the skill now.</summary>
    public bool Knows(string skillId) => learned.Contains(skillId);

    /// <summary>Whether every skill of the graph is truly learned.</summary>
    public bool KnowsAll => learned.Count == graph.Skills.Count;

    /// <summary>Answers an item tagged with these skills (each must be answered right), then may learn from it.</summary>
    public bool Attempt(IReadOnlyList<string> skillIds, SeededRandom random)
    {
        var correct = skillIds.All(s => Uniform(random, 0, 1) < (Knows(s) ? 1 - slip : guess));
        foreach (var skill in skillIds.Where(s => !Knows(s)).ToList())
        {
            var ready = graph[skill].Prerequisites.All(Knows);
            if (Uniform(random, 0, 1) < learnRate[skill] * (ready ? 1 : BlockedByPrerequisite))
            {
                learned.Add(skill);
            }
        }

        return correct;
    }

    /// <summary>A uniform double in [low, high) from the top 53 bits of the generator.</summary>
    public static double Uniform(SeededRandom random, double low, double high) =>
        low + ((high - low) * (random.NextUInt64() >> 11) * (1.0 / (1UL << 53)));
}
