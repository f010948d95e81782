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
/// <see cref="MasteryPolicy.MaxSameSkillInARow"/> times in a row while another is ready. Deterministic for a given
/// progress, request, seed and clock.
/// </summary>
public sealed class NextItemSelector
{
    // Templates this close to the best difficulty match count as equally suitable; the seed picks among them.
    private const double DifficultyBand = 0.1;

    private readonly SkillGraph graph;
    private readonly Func<string, BktParameters> parametersOf;
    private readonly MasteryPolicy policy;
    private readonly TimeProvider clock;
    private readonly Dictionary<string, List<ItemTemplate>> templatesBySkill = new(StringComparer.Ordinal);

    /// <summary>A selector over a skills graph and its templates.</summary>
    public NextItemSelector(SkillGraph graph, IReadOnlyList<ItemTemplate> templates, Func<string, BktParameters> parametersOf, MasteryPolicy policy, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(templates);
        ArgumentNullException.ThrowIfNull(parametersOf);
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(clock);
        (this.graph, this.parametersOf, this.policy, this.clock) = (graph, parametersOf, policy, clock);

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

    /// <summary>The next item, or null when nothing in scope is ready (all mastered and no review due).</summary>
    public ItemSelection? Select(LearnerProgress progress, SelectionRequest request)
    {
        ArgumentNullException.ThrowIfNull(progress);
        ArgumentNullException.ThrowIfNull(request);
        var now = clock.GetUtcNow();
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
        var mastery = progress.Of(chosen.SkillId, parametersOf(chosen.SkillId)).Mastery;
        var template = ChooseTemplate(chosen.SkillId, mastery, progress.RecentTemplates, random);
        var reason = chosen.Reason + (interleaved ? " Switching skills so practice stays interleaved." : string.Empty);
        return new ItemSelection(chosen.SkillId, template.Id, (long)(random.NextUInt64() >> 1), chosen.IsReview, reason);
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
                due.Add(new Candidate(skillId, true, recall, Text($"A review of {graph[skillId].Name}: predicted recall has fallen to {recall:P0}, so it is due.")));
            }
        }

        var learnable = graph.Skills
            .Where(s => InScope(s.Id) && templatesBySkill.ContainsKey(s.Id))
            .Select(s => (Skill: s, Parameters: parametersOf(s.Id), State: progress.Of(s.Id, parametersOf(s.Id))))
            .Where(s => !policy.IsMastered(s.State.Mastery) && s.Skill.Prerequisites.All(p => progress.Of(p, parametersOf(p)).Mastery >= policy.PrerequisiteGate))
            .Select(s => new Candidate(s.Skill.Id, false, ((1 - s.State.Mastery) * s.Parameters.PLearn) - (s.State.Mastery * s.Parameters.PForget), Reason(s.Skill, s.State.Mastery)))
            .OrderByDescending(c => c.Score)
            .ToList();

        return request.Mode == SelectionMode.Revise
            ? [.. due, .. learnable]
            : [.. due.Where(d => d.Score < policy.UrgentRecall), .. learnable, .. due.Where(d => d.Score >= policy.UrgentRecall)];
    }

    private string Reason(Skill skill, double mastery) => skill.Prerequisites.Count == 0
        ? Text($"{skill.Name}: mastery is about {mastery:P0}, below the {policy.MasteryThreshold:P0} needed, and it is where the most is to gain now.")
        : Text($"{skill.Name}: mastery is about {mastery:P0}, below the {policy.MasteryThreshold:P0} needed, and its prerequisites are (nearly) mastered.");

    private ItemTemplate ChooseTemplate(string skillId, double mastery, IReadOnlyList<string> recentTemplates, SeededRandom random)
    {
        var all = templatesBySkill[skillId];
        var own = all.Where(t => t.Skills[0] == skillId).ToList();
        var pool = own.Count > 0 ? own : all;
        var recent = recentTemplates.TakeLast(policy.RecentTemplatesAvoided).ToHashSet(StringComparer.Ordinal);
        var fresh = pool.Where(t => !recent.Contains(t.Id)).ToList();
        pool = fresh.Count > 0 ? fresh : pool;

        // Aim at a difficulty equal to the current mastery: easy items for a beginner, harder ones near mastery.
        var best = pool.Min(t => Math.Abs(t.Difficulty - mastery));
        var suitable = pool.Where(t => Math.Abs(t.Difficulty - mastery) <= best + DifficultyBand).ToList();
        return suitable[random.Next(suitable.Count)];
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private sealed record Candidate(string SkillId, bool IsReview, double Score, string Reason);
}
