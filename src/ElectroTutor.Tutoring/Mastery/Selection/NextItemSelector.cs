using System.Globalization;
using ElectroTutor.Tutoring.Bank.Templates;
using ElectroTutor.Tutoring.Items;
using ElectroTutor.Tutoring.Mastery.Revision;
using ElectroTutor.Tutoring.Skills;

namespace ElectroTutor.Tutoring.Mastery.Selection;

/// <summary>
/// Chooses the next item: first a skill, then a template of suitable difficulty, then the item's seed. A skill is
/// ready when it is not mastered and every prerequisite is nearly mastered, or when it is mastered and its review is
/// due. Among ready skills the one with the highest expected gain from one attempt, (1 − p)·learn − p·forget, comes
/// first (the lowest mastery for equal parameters; graph order breaks ties), but never more than
/// <see cref="MasteryPolicy.MaxSameSkillInARow"/> times in a row while another is ready. Among the skill's templates
/// not used recently, the one whose predicted chance of a right first try (<see cref="AnswerPredictor"/>: mastery,
/// item easiness and learner ability) is closest to <see cref="MasteryPolicy.TargetCorrectChance"/> comes first; the
/// authored difficulty nearest the mastery breaks near-ties. Deterministic for a given progress, request, seed and clock.
/// </summary>
public sealed class NextItemSelector
{
    // Templates this close to the best difficulty match count as equally suitable; the seed picks among them.
    private const double DifficultyBand = 0.1;

    // Predicted chances of a right first try this close to the best match of the target count as equally good.
    private const double ChanceBand = 0.05;

    private readonly SkillGraph graph;
    private readonly Func<string, BktParameters> parametersOf;
    private readonly MasteryPolicy policy;
    private readonly TimeProvider clock;
    private readonly Dictionary<string, List<ItemTemplate>> templatesBySkill = new(StringComparer.Ordinal);

    /// <summary>A selector over a skills graph and its templates.</summary>
    /// <param name="graph">The skills and their prerequisites.</param>
    /// <param name="templates">The templates to choose from.</param>
    /// <param name="parametersOf">BKT parameters per skill id.</param>
    /// <param name="policy">Thresholds, target chance of success and the ability step size.</param>
    /// <param name="clock">The current time, for due reviews.</param>
    /// <param name="easiness">Easiness offsets by template id (<c>item-easiness.yaml</c>); none when null.</param>
    public NextItemSelector(SkillGraph graph, IReadOnlyList<ItemTemplate> templates, Func<string, BktParameters> parametersOf, MasteryPolicy policy, TimeProvider clock, ItemDifficulty? easiness = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(templates);
        ArgumentNullException.ThrowIfNull(parametersOf);
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(clock);
        (this.graph, this.parametersOf, this.policy, this.clock) = (graph, parametersOf, policy, clock);
        Predictor = new AnswerPredictor(parametersOf, easiness ?? ItemDifficulty.None, policy.LearnerAbilityRate);

        foreach (var template in templates)
        {
            foreach (var skill in template.Skills.Distinct(StringComparer.Ordinal))
            {
                if (!templatesBySkill.TryGetValue(skill, out var list))
                {
                    templatesBySkill[skill] = list = [];
                }

                list.Add(template);
            }
        }
    }

    /// <summary>The prediction path selection uses, for the caller to predict and update ability the same way.</summary>
    public AnswerPredictor Predictor { get; }

    /// <summary>The next item at the clock's time, or null when nothing in scope is ready (all mastered and no review due).</summary>
    public ItemSelection? Select(LearnerProgress progress, SelectionRequest request) => Select(progress, request, clock.GetUtcNow());

    /// <summary>
    /// The next item at <paramref name="now"/> instead of the clock's time, or null when nothing in scope is ready. The
    /// selector holds nothing about a learner, so one selector can serve every learner's turns, each at its own time.
    /// </summary>
    public ItemSelection? Select(LearnerProgress progress, SelectionRequest request, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(progress);
        ArgumentNullException.ThrowIfNull(request);
        var candidates = Candidates(progress, request, now);
        if (candidates.Count == 0)
        {
            return null;
        }

        var chosen = candidates[0];
        var interleaved = false;
        var run = progress.RecentSkills.Reverse().TakeWhile(s => s == chosen.SkillId).Count();
        if (run >= policy.MaxSameSkillInARow && candidates.FirstOrDefault(c => c.SkillId != chosen.SkillId) is { } other)
        {
            (chosen, interleaved) = (other, true);
        }

        var random = new SeededRandom("next-item", request.Seed);
        var (template, prediction) = ChooseTemplate(chosen.SkillId, progress, random);
        var reason = Reason(chosen) + (interleaved ? " Switching skills so practice stays interleaved." : string.Empty);
        return new ItemSelection(chosen.SkillId, template.Id, (long)(random.NextUInt64() >> 1), chosen.IsReview, reason) { Prediction = prediction };
    }

    private List<Candidate> Candidates(LearnerProgress progress, SelectionRequest request, DateTimeOffset now)
    {
        bool InScope(string id) => request.Focus is null || request.Focus.Contains(id);
        var due = new List<Candidate>();
        foreach (var (skillId, _) in progress.DueReviews(now).Where(d => InScope(d.SkillId) && templatesBySkill.ContainsKey(d.SkillId) && graph.Contains(d.SkillId)))
        {
            var state = progress.Of(skillId, parametersOf(skillId));
            if (policy.IsMastered(state.Mastery))
            {
                var recall = RevisionScheduler.Recall(state.Review!, now);
                due.Add(new Candidate(skillId, true, recall, state.Mastery));
            }
        }

        var learnable = graph.Skills
            .Where(s => InScope(s.Id) && templatesBySkill.ContainsKey(s.Id))
            .Select(s => (Skill: s, Parameters: parametersOf(s.Id), State: progress.Of(s.Id, parametersOf(s.Id))))
            .Where(s => !policy.IsMastered(s.State.Mastery) && s.Skill.Prerequisites.All(p => progress.Of(p, parametersOf(p)).Mastery >= policy.PrerequisiteGate))
            .Select(s => new Candidate(s.Skill.Id, false, ((1 - s.State.Mastery) * s.Parameters.PLearn) - (s.State.Mastery * s.Parameters.PForget), s.State.Mastery))
            .OrderByDescending(c => c.Score)
            .ToList();

        return request.Mode == SelectionMode.Revise
            ? [.. due, .. learnable]
            : [.. due.Where(d => d.Score < policy.UrgentRecall), .. learnable, .. due.Where(d => d.Score >= policy.UrgentRecall)];
    }

    // Written only for the candidate chosen: the others' reasons would never be read.
    private string Reason(Candidate candidate) => candidate.IsReview
        ? Text($"A review of {graph[candidate.SkillId].Name}: predicted recall has fallen to {candidate.Score:P0}, so it is due.")
        : Reason(graph[candidate.SkillId], candidate.Mastery);

    private string Reason(Skill skill, double mastery) => skill.Prerequisites.Count == 0
        ? Text($"{skill.Name}: mastery is about {mastery:P0}, below the {policy.MasteryThreshold:P0} needed, and it is where the most is to gain now.")
        : Text($"{skill.Name}: mastery is about {mastery:P0}, below the {policy.MasteryThreshold:P0} needed, and its prerequisites are (nearly) mastered.");

    private (ItemTemplate Template, AnswerPrediction Prediction) ChooseTemplate(string skillId, LearnerProgress progress, SeededRandom random)
    {
        var all = templatesBySkill[skillId];
        var own = all.Where(t => t.Skills[0] == skillId).ToList();
        var pool = own.Count > 0 ? own : all;
        var recent = progress.RecentTemplates.TakeLast(policy.RecentTemplatesAvoided).ToHashSet(StringComparer.Ordinal);
        var fresh = pool.Where(t => !recent.Contains(t.Id)).ToList();
        pool = fresh.Count > 0 ? fresh : pool;

        // First the predicted chance of success nearest the target; with no easiness data and one-skill templates
        // these tie, and the authored difficulty nearest the current mastery decides (easy items for a beginner).
        var predicted = pool.Select(t => (Template: t, Prediction: progress.Predict(Predictor, t.Skills, t.Id))).ToList();
        double Miss((ItemTemplate Template, AnswerPrediction Prediction) p) => Math.Abs(p.Prediction.Probability - policy.TargetCorrectChance);
        var closest = predicted.Min(Miss);
        var near = predicted.Where(p => Miss(p) <= closest + ChanceBand).ToList();
        var mastery = progress.Of(skillId, parametersOf(skillId)).Mastery;
        var best = near.Min(p => Math.Abs(p.Template.Difficulty - mastery));
        var suitable = near.Where(p => Math.Abs(p.Template.Difficulty - mastery) <= best + DifficultyBand).ToList();
        return suitable[random.Next(suitable.Count)];
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    // Score: for a review the predicted recall, otherwise the expected gain in mastery from one more item.
    private sealed record Candidate(string SkillId, bool IsReview, double Score, double Mastery);
}
