using ElectroTutor.Tutoring.Mastery.Revision;

namespace ElectroTutor.Tutoring.Mastery.Selection;

/// <summary>
/// The thresholds adaptive selection works with. Probabilities are in [0, 1] and must satisfy
/// <see cref="ReopenedMastery"/> &lt; <see cref="MasteryThreshold"/> and <see cref="PrerequisiteGate"/> ≤ <see cref="MasteryThreshold"/>.
/// </summary>
public sealed record MasteryPolicy
{
    /// <summary>P(mastered) at which a skill counts as mastered and stops being drilled.</summary>
    public double MasteryThreshold { get; init; } = 0.95;

    /// <summary>P(mastered) every prerequisite needs ("nearly mastered") before a skill is offered.</summary>
    public double PrerequisiteGate { get; init; } = 0.8;

    /// <summary>The highest P(mastered) a skill keeps after a failed review, so the failure always reopens it.</summary>
    public double ReopenedMastery { get; init; } = 0.85;

    /// <summary>In practice mode a due review jumps ahead of new learning once predicted recall falls below this.</summary>
    public double UrgentRecall { get; init; } = 0.8;

    /// <summary>The most items in a row on one skill while another skill is ready (interleaving).</summary>
    public int MaxSameSkillInARow { get; init; } = 3;

    /// <summary>How many of the most recent templates are avoided while another suitable template exists.</summary>
    public int RecentTemplatesAvoided { get; init; } = 3;

    /// <summary>
    /// Among a skill's templates, the one whose predicted chance of a right first try is closest to this is preferred:
    /// hard enough to learn from, easy enough not to discourage. In (0, 1).
    /// </summary>
    public double TargetCorrectChance { get; init; } = 0.7;

    /// <summary>
    /// The Elo step size of the learner's ability (log-odds per unit of surprise), ≥ 0; 0 switches the term off. 0.1 is
    /// the rate chosen on held-out training learners of ASSISTments 2009 (Gervet split and DKVMN split); see docs/evaluation.md.
    /// </summary>
    public double LearnerAbilityRate { get; init; } = 0.1;

    /// <summary>When reviews fall due.</summary>
    public RevisionScheduler Revision { get; init; } = RevisionScheduler.Default;

    /// <summary>The default policy: mastery at 0.95, prerequisites nearly mastered at 0.8.</summary>
    public static MasteryPolicy Default { get; } = new();

    /// <summary>Whether a probability of mastery counts as mastered.</summary>
    public bool IsMastered(double mastery) => mastery >= MasteryThreshold;
}
