using System.Text.Json.Serialization;
using ElectroTutor.Tutoring.Mastery.Selection;

namespace ElectroTutor.Tutoring.Conversation;

/// <summary>
/// Everything the tutor remembers about one learner's conversation between turns. Immutable; a turn returns a new
/// state. Serialized with <see cref="TutorStateJson"/>.
/// </summary>
public sealed record TutorState
{
    /// <summary>
    /// The state format this code writes. 2 added <see cref="LearnerAbility"/>; 3 stores <see cref="Skills"/> and
    /// <see cref="CorrectCounts"/> only as skill states (<see cref="StoredSkills"/>), not in the saved JSON. Formats 1
    /// (ability 0) and 2 are still read.
    /// </summary>
    public const int CurrentFormat = 3;

    /// <summary>A learner the tutor has never spoken to.</summary>
    public static TutorState New { get; } = new();

    /// <summary>The state format, so a newer format is refused instead of misread.</summary>
    public int Format { get; init; } = CurrentFormat;

    /// <summary>Where the conversation stands.</summary>
    public SessionStage Stage { get; init; } = SessionStage.New;

    /// <summary>What the learner asked to be called, or null.</summary>
    public string? Name { get; init; }

    /// <summary>The open question, or null.</summary>
    public OpenQuestion? Question { get; init; }

    /// <summary>The last question that was closed (answered, skipped or solved), for "why?" afterwards.</summary>
    public OpenQuestion? LastQuestion { get; init; }

    /// <summary>The skill whose topic the learner asked to be quizzed on, or null for adaptive practice over everything.</summary>
    public string? FocusSkillId { get; init; }

    /// <summary>True while the learner is revising: due reviews come first.</summary>
    public bool Revising { get; init; }

    /// <summary>Mastery and review memory per skill id.</summary>
    public IReadOnlyDictionary<string, LearnerSkillState> Skills { get; init; } = new Dictionary<string, LearnerSkillState>(StringComparer.Ordinal);

    /// <summary>Correct first tries per skill id, shown with progress.</summary>
    public IReadOnlyDictionary<string, int> CorrectCounts { get; init; } = new Dictionary<string, int>(StringComparer.Ordinal);

    /// <summary>The skills of the latest questions, oldest first, for interleaving.</summary>
    public IReadOnlyList<string> RecentSkills { get; init; } = [];

    /// <summary>The latest templates, oldest first, so questions are not repeated.</summary>
    public IReadOnlyList<string> RecentTemplates { get; init; } = [];

    /// <summary>
    /// The learner's Elo-style ability in log-odds, moved after each first try; it shifts predicted chances of success
    /// (and so which template is chosen), never mastery. 0 for a new learner and for state saved before format 2.
    /// </summary>
    public double LearnerAbility { get; init; }

    /// <summary>Streaks shown with progress.</summary>
    public LearningStreak Streak { get; init; } = LearningStreak.None;

    /// <summary>Names of the classes the learner joined.</summary>
    public IReadOnlyList<string> Classes { get; init; } = [];

    /// <summary>The mastery model's view of this state, computed from it (so never stored).</summary>
    [JsonIgnore]
    public LearnerProgress Progress => LearnerProgress.Restore(Skills, RecentSkills, RecentTemplates, LearnerAbility);

    /// <summary>This state with the mastery model's new view.</summary>
    public TutorState WithProgress(LearnerProgress progress)
    {
        ArgumentNullException.ThrowIfNull(progress);
        return this with
        {
            Skills = new Dictionary<string, LearnerSkillState>(progress.Skills, StringComparer.Ordinal),
            RecentSkills = [.. progress.RecentSkills],
            RecentTemplates = [.. progress.RecentTemplates],
            LearnerAbility = progress.LearnerAbility,
        };
    }
}
