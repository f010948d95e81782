using System.Collections.Immutable;
using ElectroTutor.Tutoring.Mastery.Revision;

namespace ElectroTutor.Tutoring.Mastery.Selection;

/// <summary>
/// Everything selection needs about one learner: the state of each practised skill and the recent items. Immutable:
/// <see cref="Record"/> returns new progress, so a dialog turn stays a pure function of its state and clock.
/// </summary>
public sealed class LearnerProgress
{
    private const int HistoryKept = 20;

    private readonly ImmutableDictionary<string, LearnerSkillState> skills;
    private readonly ImmutableList<string> recentSkills;
    private readonly ImmutableList<string> recentTemplates;

    private LearnerProgress(ImmutableDictionary<string, LearnerSkillState> skills, ImmutableList<string> recentSkills, ImmutableList<string> recentTemplates, double learnerAbility)
    {
        this.skills = skills;
        this.recentSkills = recentSkills;
        this.recentTemplates = recentTemplates;
        LearnerAbility = learnerAbility;
    }

    /// <summary>Progress with nothing practised yet.</summary>
    public static LearnerProgress Empty { get; } = new(ImmutableDictionary.Create<string, LearnerSkillState>(StringComparer.Ordinal), [], [], 0);

    /// <summary>Rebuilds progress saved earlier: skill states, the recent history (oldest first) and the learner's ability.</summary>
    public static LearnerProgress Restore(IReadOnlyDictionary<string, LearnerSkillState> skills, IReadOnlyList<string> recentSkills, IReadOnlyList<string> recentTemplates, double learnerAbility = 0)
    {
        ArgumentNullException.ThrowIfNull(skills);
        ArgumentNullException.ThrowIfNull(recentSkills);
        ArgumentNullException.ThrowIfNull(recentTemplates);
        return new LearnerProgress(
            skills.ToImmutableDictionary(StringComparer.Ordinal),
            [.. recentSkills.TakeLast(HistoryKept)],
            [.. recentTemplates.TakeLast(HistoryKept)],
            double.IsFinite(learnerAbility) ? learnerAbility : 0);
    }

    /// <summary>
    /// The learner's Elo-style ability in log-odds (0 at the start): how much better than their skill mastery alone
    /// predicts they answer first tries. It sharpens predictions and item choice; it never changes mastery.
    /// </summary>
    public double LearnerAbility { get; }

    /// <summary>
    /// This progress with the ability moved after a first try that <paramref name="prediction"/> (made before it)
    /// foresaw, by <paramref name="predictor"/>'s step size.
    /// </summary>
    public LearnerProgress AfterFirstTry(AnswerPredictor predictor, AnswerPrediction prediction, bool correct)
    {
        ArgumentNullException.ThrowIfNull(predictor);
        return new LearnerProgress(skills, recentSkills, recentTemplates, predictor.NextAbility(LearnerAbility, prediction, correct));
    }

    /// <summary>The predicted chance of a right first try at an item tagged <paramref name="skillIds"/>, from this progress.</summary>
    public AnswerPrediction Predict(AnswerPredictor predictor, IReadOnlyList<string> skillIds, string templateId)
    {
        ArgumentNullException.ThrowIfNull(predictor);
        return predictor.Predict(skillIds, (skill, parameters) => Of(skill, parameters).Mastery, templateId, LearnerAbility);
    }

    /// <summary>The practised skills by id.</summary>
    public IReadOnlyDictionary<string, LearnerSkillState> Skills => skills;

    /// <summary>The skills of the most recent items (oldest first, at most 20).</summary>
    public IReadOnlyList<string> RecentSkills => recentSkills;

    /// <summary>The templates of the most recent items (oldest first, at most 20).</summary>
    public IReadOnlyList<string> RecentTemplates => recentTemplates;

    /// <summary>The state of a skill; a skill never practised is at its prior.</summary>
    public LearnerSkillState Of(string skillId, BktParameters parameters) =>
        skills.TryGetValue(skillId, out var state) ? state : LearnerSkillState.New(parameters);

    /// <summary>Mastered skills whose review is due at <paramref name="now"/>, most overdue first.</summary>
    public IReadOnlyList<(string SkillId, DateTimeOffset DueAt)> DueReviews(DateTimeOffset now) =>
        [.. skills.Where(s => s.Value.Review is { } review && RevisionScheduler.IsDue(review, now))
            .Select(s => (s.Key, s.Value.Review!.DueAt))
            .OrderBy(s => s.DueAt).ThenBy(s => s.Key, StringComparer.Ordinal)];

    /// <summary>Progress with one skill's state replaced, e.g. when restoring stored states; history is unchanged.</summary>
    public LearnerProgress With(string skillId, LearnerSkillState state)
    {
        ArgumentNullException.ThrowIfNull(skillId);
        ArgumentNullException.ThrowIfNull(state);
        return new LearnerProgress(skills.SetItem(skillId, state), recentSkills, recentTemplates, LearnerAbility);
    }

    /// <summary>
    /// The progress after an answer at an item whose main skill is <paramref name="skillIds"/>[0]. Every tagged skill
    /// takes the BKT update. A skill that reaches the threshold gets its first review scheduled; a due review answered
    /// correctly grows its stability; a failed one shrinks it and reopens the skill (mastery at most
    /// <see cref="MasteryPolicy.ReopenedMastery"/>) until it is mastered again.
    /// </summary>
    public LearnerProgress Record(string templateId, IReadOnlyList<string> skillIds, bool correct, Func<string, BktParameters> parametersOf, MasteryPolicy policy, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(skillIds);
        ArgumentNullException.ThrowIfNull(parametersOf);
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(clock);
        if (skillIds.Count == 0)
        {
            throw new ArgumentException("An item needs at least one skill.", nameof(skillIds));
        }

        var now = clock.GetUtcNow();
        var builder = skills.ToBuilder();
        foreach (var skillId in skillIds.Distinct(StringComparer.Ordinal))
        {
            var parameters = parametersOf(skillId);
            var before = Of(skillId, parameters);
            builder[skillId] = Next(before, Bkt.Update(parameters, before.Mastery, correct), correct, policy, now);
        }

        return new LearnerProgress(builder.ToImmutable(), Keep(recentSkills, skillIds[0]), Keep(recentTemplates, templateId), LearnerAbility);
    }

    private static LearnerSkillState Next(LearnerSkillState before, double mastery, bool correct, MasteryPolicy policy, DateTimeOffset now)
    {
        var review = before.Review;
        var wasMastered = policy.IsMastered(before.Mastery);
        if (wasMastered && review is not null && RevisionScheduler.IsDue(review, now))
        {
            review = policy.Revision.AfterReview(review, correct, now);
            mastery = correct ? mastery : Math.Min(mastery, policy.ReopenedMastery);
        }
        else if (!wasMastered && policy.IsMastered(mastery))
        {
            review = review is null ? policy.Revision.Start(now) : policy.Revision.Remastered(review, now);
        }

        return new LearnerSkillState(mastery, before.Attempts + 1, now, review);
    }

    private static ImmutableList<string> Keep(ImmutableList<string> recent, string added) =>
        (recent.Count >= HistoryKept ? recent.RemoveAt(0) : recent).Add(added);
}
