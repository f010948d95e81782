using ElectroTutor.Tutoring.Skills;

namespace ElectroTutor.Cli.Demo;

/// <summary>
/// A simulated student with a hidden true state per skill (learned or not) and individual differences: ability
/// scales how fast each skill is learned (five times slower while a prerequisite is not yet learned), slip and guess
/// rates shape the answers, diligence is the chance of studying on a given day, and some students stall — they stop
/// coming after their first days. Everything is drawn from the student's own seeded generator, so a student is the same
/// for the same seed and index.
/// </summary>
internal sealed class DemoStudent
{
    private const double BlockedByPrerequisite = 0.2;
    private const double ChanceToStall = 0.08;

    private readonly SkillGraph skills;
    private readonly HashSet<string> learned = new(StringComparer.Ordinal);
    private readonly Dictionary<string, double> learnRate = new(StringComparer.Ordinal);

    public DemoStudent(SkillGraph skills, Random random)
    {
        this.skills = skills;
        var ability = Uniform(random, 0.4, 1.6);
        Slip = Uniform(random, 0.03, 0.15);
        Guess = Uniform(random, 0.05, 0.25);
        Diligence = Uniform(random, 0.35, 0.95);
        HintPropensity = Uniform(random, 0.05, 0.5);
        QuestionsPerSession = (int)Math.Round(Uniform(random, 8, 40));
        StallsAfterDays = random.NextDouble() < ChanceToStall ? 1 + random.Next(3) : null;
        var priorKnowledge = Uniform(random, 0, 0.25);
        foreach (var skill in skills.Skills)
        {
            learnRate[skill.Id] = Math.Clamp(Uniform(random, 0.08, 0.3) * ability, 0.02, 0.6);
            if (random.NextDouble() < priorKnowledge)
            {
                learned.Add(skill.Id);
            }
        }
    }

    /// <summary>Chance of a wrong answer on a skill the student knows.</summary>
    public double Slip { get; }

    /// <summary>Chance of a right answer on a skill the student does not know.</summary>
    public double Guess { get; }

    /// <summary>Chance of a study session on any one day, in [0, 1].</summary>
    public double Diligence { get; }

    /// <summary>Chance of asking for a hint before answering a question on a skill not yet known.</summary>
    public double HintPropensity { get; }

    /// <summary>The usual number of questions in one session; each session varies around it.</summary>
    public int QuestionsPerSession { get; }

    /// <summary>Days of study after which a stalled student stops coming; null for a student who keeps coming.</summary>
    public int? StallsAfterDays { get; }

    /// <summary>Whether the student truly knows the skill now.</summary>
    public bool Knows(string skillId) => learned.Contains(skillId);

    /// <summary>Whether the student answers a question on <paramref name="skillId"/> right, after <paramref name="hints"/> hints.</summary>
    public bool AnswersRight(string skillId, int hints, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var chance = Knows(skillId) ? 1 - Slip : Math.Min(0.9, Guess + (0.15 * hints));
        return random.NextDouble() < chance;
    }

    /// <summary>Practice may teach the skill: at the student's rate, slower while a prerequisite is still unknown.</summary>
    public void Practise(string skillId, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        if (Knows(skillId) || !learnRate.TryGetValue(skillId, out var rate))
        {
            return;
        }

        var ready = skills[skillId].Prerequisites.All(Knows);
        if (random.NextDouble() < rate * (ready ? 1 : BlockedByPrerequisite))
        {
            learned.Add(skillId);
        }
    }

    private static double Uniform(Random random, double low, double high) => low + ((high - low) * random.NextDouble());
}
