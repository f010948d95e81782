using ElectroTutor.Data.Connection;
using ElectroTutor.Data.Reports;

namespace ElectroTutor.Data.Tests.Reports;

public sealed class SkillMisconceptionQueryTest
{
    [Theory]
    [OnSqlite]
    [OnPostgres]
    public async Task Misconceptions_are_counted_over_the_skills_templates_and_the_class_only(DatabaseProvider provider)
    {
        using var temp = TempDatabase.Migrated(provider);
        var physiology = await SmallClass.SeedAsync(temp);
        var query = new SkillMisconceptionQuery(temp.Database);

        var onT1 = await query.LoadAsync(physiology.Id, ["t1"], SmallClass.Misconceptions, null, null);
        var onBoth = await query.LoadAsync(physiology.Id, ["t1", "t2"], SmallClass.Misconceptions, null, null);

        // Cy twice on t1; Eve's sign-flip on t1 is in another class.
        var t1 = Assert.Single(onT1);
        Assert.Equal(("sign-flip", "Sign flipped", 2, 1), (t1.MisconceptionId, t1.Name, t1.Attempts, t1.Students));
        Assert.Equal(["65 mV"], t1.ExampleAnswers);
        var both = Assert.Single(onBoth);
        Assert.Equal((3, 2), (both.Attempts, both.Students));
        Assert.Equal(["65 mV", "+1+1"], both.ExampleAnswers);
    }

    [Theory]
    [OnSqlite]
    [OnPostgres]
    public async Task The_period_limits_the_attempts_counted(DatabaseProvider provider)
    {
        using var temp = TempDatabase.Migrated(provider);
        var physiology = await SmallClass.SeedAsync(temp);
        var query = new SkillMisconceptionQuery(temp.Database);

        var recent = await query.LoadAsync(physiology.Id, ["t1", "t2"], SmallClass.Misconceptions, SmallClass.Now.AddDays(-5), SmallClass.Now);

        var bob = Assert.Single(recent);
        Assert.Equal((1, 1), (bob.Attempts, bob.Students));
        Assert.Equal(["+1+1"], bob.ExampleAnswers);
    }

    [Theory]
    [OnSqlite]
    public async Task A_skill_without_templates_has_no_misconceptions(DatabaseProvider provider)
    {
        using var temp = TempDatabase.Migrated(provider);
        var physiology = await SmallClass.SeedAsync(temp);

        Assert.Empty(await new SkillMisconceptionQuery(temp.Database).LoadAsync(physiology.Id, [], SmallClass.Misconceptions, null, null));
    }

    [Theory]
    [OnSqlite]
    public async Task Many_templates_bind_as_separate_parameters(DatabaseProvider provider)
    {
        using var temp = TempDatabase.Migrated(provider);
        var physiology = await SmallClass.SeedAsync(temp);
        var templates = Enumerable.Range(0, 12).Select(i => $"other-{i}").Append("t1").ToList();

        var found = await new SkillMisconceptionQuery(temp.Database).LoadAsync(physiology.Id, templates, SmallClass.Misconceptions, null, null);

        Assert.Equal(2, Assert.Single(found).Attempts);
    }
}
