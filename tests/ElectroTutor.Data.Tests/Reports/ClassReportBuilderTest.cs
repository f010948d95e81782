using ElectroTutor.Data.Connection;
using ElectroTutor.Data.Reports;

namespace ElectroTutor.Data.Tests.Reports;

public sealed class ClassReportBuilderTest
{
    private static readonly ClassReportThresholds Strict = new() { MinimumLearnersToFlag = 3, TooHardBelow = 0.4 };

    [Theory]
    [OnSqlite]
    [OnPostgres]
    public async Task A_hand_computed_class_gives_the_expected_numbers(DatabaseProvider provider)
    {
        using var temp = TempDatabase.Migrated(provider);
        var physiology = await SmallClass.SeedAsync(temp);

        var report = await Build(temp, physiology.JoinCode.ToLowerInvariant(), from: SmallClass.Now.AddDays(-20));

        Assert.NotNull(report);
        Assert.Equal(("Physiology 101", physiology.JoinCode, "grace"), (report.ClassName, report.JoinCode, report.InstructorLoginName));
        Assert.Equal(["Ada", "Bob", "Cy", "Dee"], report.Students.Select(s => s.DisplayName));
        Assert.Equal([(2, 2), (3, 2), (3, 0), (0, 0)], report.Students.Select(s => (s.Attempts, s.Correct)));
        Assert.Equal(SmallClass.Now.AddHours(-1), report.Students[0].LastActiveAt);
        Assert.Null(report.Students[3].LastActiveAt);
        Assert.Equal(0.885, report.Students[0].MeanMastery!.Value, 9);
        Assert.Equal(0.97, report.Students[0].MasteryBySkill["s1"], 9);
        Assert.Empty(report.Students[3].MasteryBySkill);
    }

    [Theory]
    [OnSqlite]
    [OnPostgres]
    public async Task Skills_needing_help_and_due_reviews_are_counted_per_skill(DatabaseProvider provider)
    {
        using var temp = TempDatabase.Migrated(provider);
        var physiology = await SmallClass.SeedAsync(temp);

        var report = (await Build(temp, physiology.JoinCode, from: null))!;

        var s1 = report.Skills[0];
        var s2 = report.Skills[1];
        Assert.Equal(("s1", "Resting potential", 3, 1, 1, 2), (s1.SkillId, s1.SkillName, s1.StudentsStarted, s1.MasteredCount, s1.NeedsHelpCount, s1.DueReviews));
        Assert.Equal((0.97 + 0.5 + 0.2) / 3, s1.MeanMastery!.Value, 9);
        Assert.Equal(("s2", 3, 0, 2, 0), (s2.SkillId, s2.StudentsStarted, s2.MasteredCount, s2.NeedsHelpCount, s2.DueReviews));
        Assert.Equal(0.4, s2.MeanMastery!.Value, 9);
        Assert.Equal(2, report.DueReviews);
        Assert.Equal([("Dee", false, true), ("Cy", true, true)], report.StudentsNeedingHelp.Select(h => (h.DisplayName, h.LowMastery, h.Stalled)));
    }

    [Theory]
    [OnSqlite]
    [OnPostgres]
    public async Task Items_have_facility_discrimination_hints_wrong_answers_and_flags(DatabaseProvider provider)
    {
        using var temp = TempDatabase.Migrated(provider);
        var physiology = await SmallClass.SeedAsync(temp);

        var report = (await Build(temp, physiology.JoinCode, from: SmallClass.Now.AddDays(-20)))!;

        Assert.Equal(["t1", "t2"], report.Items.Select(i => i.TemplateId));
        var (t1, t2) = (report.Items[0], report.Items[1]);
        Assert.Equal((4, 3, 1.0), (t1.Attempts, t1.Learners, t1.MeanHints));
        Assert.Equal(2.0 / 3, t1.Facility!.Value, 9);
        Assert.Equal(1.0 / 3, t2.Facility!.Value, 9);
        Assert.Equal(0.5, t1.Discrimination!.Value, 9);
        Assert.Equal(0.5, t2.Discrimination!.Value, 9);
        Assert.Equal(0.5, t2.MeanHints, 9);
        Assert.Equal([new AnswerCount("65 mV", 2)], t1.CommonWrongAnswers);
        Assert.Equal([new AnswerCount("+1+1", 1), new AnswerCount("0", 1)], t2.CommonWrongAnswers);
        Assert.Equal((ItemConcerns.None, ItemConcerns.TooHard), (t1.Concerns, t2.Concerns));
    }

    [Theory]
    [OnSqlite]
    [OnPostgres]
    public async Task Misconceptions_count_only_the_class_and_the_period(DatabaseProvider provider)
    {
        using var temp = TempDatabase.Migrated(provider);
        var physiology = await SmallClass.SeedAsync(temp);

        var all = (await Build(temp, physiology.JoinCode, from: null))!;
        var lastWeek = (await Build(temp, physiology.JoinCode, from: SmallClass.Now.AddDays(-7)))!;

        var signFlip = Assert.Single(all.Misconceptions);
        Assert.Equal(("sign-flip", "Sign flipped", 3, 2), (signFlip.MisconceptionId, signFlip.Name, signFlip.Attempts, signFlip.Students));
        Assert.Equal(["65 mV", "+1+1"], signFlip.ExampleAnswers);
        Assert.Equal((1, 1), (lastWeek.Misconceptions[0].Attempts, lastWeek.Misconceptions[0].Students));
        Assert.Equal(0, lastWeek.Students.Single(s => s.DisplayName == "Cy").Attempts);
    }

    [Theory]
    [OnSqlite]
    [OnPostgres]
    public async Task An_unknown_code_gives_no_report_and_a_reversed_period_is_refused(DatabaseProvider provider)
    {
        using var temp = TempDatabase.Migrated(provider);
        var physiology = await SmallClass.SeedAsync(temp);

        Assert.Null(await Build(temp, "ZZZZZZ", from: null));
        Assert.Null(await Build(temp, " ", from: null));
        await Assert.ThrowsAsync<ArgumentException>(() => Builder(temp).BuildAsync(
            physiology.JoinCode, SmallClass.Skills, SmallClass.Misconceptions, SmallClass.Now, SmallClass.Now.AddDays(-1)));
    }

    [Theory]
    [OnSqlite]
    [OnPostgres]
    public async Task A_narrower_scope_leaves_out_only_the_parts_it_names(DatabaseProvider provider)
    {
        using var temp = TempDatabase.Migrated(provider);
        var physiology = await SmallClass.SeedAsync(temp);
        var full = (await Build(temp, physiology.JoinCode, from: null))!;

        var progress = (await Builder(temp).BuildAsync(physiology.JoinCode, SmallClass.Skills, SmallClass.Misconceptions, null, null, ClassReportScope.Progress))!;
        var items = (await Builder(temp).BuildAsync(physiology.JoinCode, SmallClass.Skills, SmallClass.Misconceptions, null, null, ClassReportScope.ItemAnalysis))!;

        Assert.Equal(ClassReportScope.Full, full.Scope);
        Assert.NotEmpty(full.Misconceptions);
        Assert.NotEmpty(full.Items);
        Assert.Equal((ClassReportScope.Progress, ClassReportScope.ItemAnalysis), (progress.Scope, items.Scope));
        foreach (var narrower in new[] { progress, items })
        {
            Assert.Equal(full.Students, narrower.Students, StudentEquality);
            Assert.Equal(full.Skills, narrower.Skills);
            Assert.Equal(full.StudentsNeedingHelp, narrower.StudentsNeedingHelp);
            Assert.Equal(full.DueReviews, narrower.DueReviews);
            Assert.Empty(narrower.Misconceptions);
        }

        Assert.Empty(progress.Items);
        Assert.Equal(full.Items.Select(i => (i.TemplateId, i.Attempts, i.Learners, i.Facility)), items.Items.Select(i => (i.TemplateId, i.Attempts, i.Learners, i.Facility)));
    }

    private static bool StudentEquality(StudentProgress left, StudentProgress right) =>
        (left.LearnerId, left.Attempts, left.Correct, left.MeanMastery) == (right.LearnerId, right.Attempts, right.Correct, right.MeanMastery)
        && left.MasteryBySkill.OrderBy(p => p.Key, StringComparer.Ordinal).SequenceEqual(right.MasteryBySkill.OrderBy(p => p.Key, StringComparer.Ordinal));

    private static ClassReportBuilder Builder(TempDatabase temp) => new(temp.Database, new ReportClock(SmallClass.Now), Strict);

    private static Task<ClassReport?> Build(TempDatabase temp, string code, DateTimeOffset? from) =>
        Builder(temp).BuildAsync(code, SmallClass.Skills, SmallClass.Misconceptions, from, to: null);
}
