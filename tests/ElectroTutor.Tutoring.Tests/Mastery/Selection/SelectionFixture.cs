using ElectroTutor.Tutoring.Bank.Templates;
using ElectroTutor.Tutoring.Mastery;
using ElectroTutor.Tutoring.Mastery.Selection;
using ElectroTutor.Tutoring.Skills;

namespace ElectroTutor.Tutoring.Tests.Mastery.Selection;

/// <summary>
/// A small graph: a and b have no prerequisites, c needs a, d needs c. Skill a has three templates of rising
/// difficulty; the others one each.
/// </summary>
internal static class SelectionFixture
{
    public static readonly BktParameters Parameters = new(PInit: 0.2, PLearn: 0.2, PSlip: 0.1, PGuess: 0.2, PForget: 0);

    public static readonly SkillGraph Graph = SkillGraph.TryCreate(
        [Skill("a"), Skill("b"), Skill("c", "a"), Skill("d", "c")], out _)!;

    public static readonly IReadOnlyList<ItemTemplate> Templates =
        [Template("a-easy", 0.2, "a"), Template("a-mid", 0.5, "a"), Template("a-hard", 0.8, "a"), Template("b-1", 0.5, "b"), Template("c-1", 0.5, "c", "a"), Template("d-1", 0.5, "d")];

    public static BktParameters Of(string skillId) => Parameters;

    public static NextItemSelector Selector(TimeProvider clock, MasteryPolicy? policy = null) =>
        new(Graph, Templates, Of, policy ?? MasteryPolicy.Default, clock);

    public static LearnerProgress At(this LearnerProgress progress, string skillId, double mastery) =>
        progress.With(skillId, new LearnerSkillState(mastery, 5, null, null));

    /// <summary>Answers correctly on the skill until it is mastered.</summary>
    public static LearnerProgress Master(this LearnerProgress progress, string skillId, TimeProvider clock)
    {
        for (var i = 0; i < 50 && !MasteryPolicy.Default.IsMastered(progress.Of(skillId, Parameters).Mastery); i++)
        {
            progress = progress.Record(skillId + "-1", [skillId], correct: true, Of, MasteryPolicy.Default, clock);
        }

        return progress;
    }

    private static Skill Skill(string id, params string[] prerequisites) => new(id, "Skill " + id, "Test skill.", prerequisites);

    private static ItemTemplate Template(string id, double difficulty, params string[] skills) => new()
    {
        Id = id,
        Kind = TemplateKind.Choice,
        Skills = skills,
        Difficulty = difficulty,
        Prompt = "?",
        Hints = [],
        Solution = "-",
        Explanation = "-",
    };
}
