using ElectroTutor.Tutoring.Skills;

namespace ElectroTutor.Tutoring.Tests.Skills;

public class SkillGraphTest
{
    private static Skill S(string id, params string[] prerequisites) => new(id, id, id, prerequisites);

    [Fact]
    public void Orders_each_skill_after_its_prerequisites()
    {
        var graph = SkillGraph.TryCreate([S("c", "b"), S("a"), S("b", "a")], out var problems);
        Assert.Empty(problems);
        Assert.Equal(["a", "b", "c"], graph!.Skills.Select(s => s.Id));
        Assert.True(graph.Contains("b"));
        Assert.Equal("c", graph["c"].Id);
    }

    [Fact]
    public void Reports_duplicates_unknown_prerequisites_and_cycles()
    {
        SkillGraph.TryCreate([S("a"), S("a")], out var duplicate);
        Assert.Contains("'a' is used twice", Assert.Single(duplicate), StringComparison.Ordinal);

        SkillGraph.TryCreate([S("a", "zz")], out var unknown);
        Assert.Contains("unknown prerequisite 'zz'", Assert.Single(unknown), StringComparison.Ordinal);

        Assert.Null(SkillGraph.TryCreate([S("a", "c"), S("b", "a"), S("c", "b")], out var cycle));
        Assert.Contains("cycle: a → c → b → a", Assert.Single(cycle), StringComparison.Ordinal);
    }
}
