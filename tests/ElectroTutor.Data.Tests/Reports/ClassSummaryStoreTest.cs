using ElectroTutor.Data.Connection;
using ElectroTutor.Data.Reports;
using ElectroTutor.Data.Stores;
using ElectroTutor.Tutoring.Answers;
using ElectroTutor.Tutoring.Bank;
using ElectroTutor.Tutoring.Skills;
using ElectroTutor.Tutoring.Storage;

namespace ElectroTutor.Data.Tests.Reports;

public sealed class ClassSummaryStoreTest
{
    private static readonly DateTimeOffset Noon = new(2026, 11, 21, 12, 0, 0, TimeSpan.Zero);
    private static readonly LearnerKey GraceInTeams = new("msteams", "aad-grace");

    [Theory]
    [OnSqlite]
    [OnPostgres]
    public async Task Only_a_linked_instructor_of_the_class_gets_its_summary(DatabaseProvider provider)
    {
        using var temp = TempDatabase.Migrated(provider);
        var instructors = new InstructorStore(temp.Database, TimeProvider.System);
        var grace = (await instructors.CreateAsync("grace", password: null, withApiToken: true))!.Instructor;
        var alan = (await instructors.CreateAsync("alan", password: null, withApiToken: true))!.Instructor;
        var physiology = await instructors.CreateClassAsync(grace.Id, "Physiology");
        var others = await instructors.CreateClassAsync(alan.Id, "Alan's class");
        await new InstructorIdentityStore(temp.Database, TimeProvider.System).LinkAsync(grace.Id, GraceInTeams.ChannelId, GraceInTeams.UserId);
        await Student(temp.Database, physiology.Id, "ada", 0.9, "sign-flip");
        await Student(temp.Database, physiology.Id, "ben", 0.2, "sign-flip");
        var skills = SkillGraph.TryCreate(
            [new Skill("nernst", "Nernst equilibrium", "", []), new Skill("ghk", "Resting potential", "", ["nernst"])], out _)!;
        var store = new ClassSummaryStore(temp.Database, skills, new Dictionary<string, Misconception>(StringComparer.Ordinal), new ReportClock(Noon));

        var summary = await store.SummarizeForInstructorAsync(GraceInTeams, physiology.JoinCode.ToLowerInvariant());

        Assert.NotNull(summary);
        Assert.Equal(("Physiology", physiology.JoinCode, 2), (summary.ClassName, summary.JoinCode, summary.Students));
        Assert.Equal(0.55, summary.MeanMastery!.Value, 6);
        Assert.Equal(["nernst"], summary.WeakestSkills.Select(s => s.SkillId));
        Assert.Equal(["ben"], summary.StudentsNeedingHelp);
        Assert.Equal(("sign-flip", 2, 2), (summary.MostFrequentMisconception!.Name, summary.MostFrequentMisconception.Attempts, summary.MostFrequentMisconception.Students));
        Assert.Equal(1, summary.DueReviews);
        Assert.Null(await store.SummarizeForInstructorAsync(GraceInTeams, others.JoinCode));
        Assert.Null(await store.SummarizeForInstructorAsync(GraceInTeams, "NOPE99"));
        Assert.Null(await store.SummarizeForInstructorAsync(new LearnerKey("directline", "aad-grace"), physiology.JoinCode));
    }

    private static async Task Student(TutorDatabase database, long classId, string name, double mastery, string misconception)
    {
        var learner = await new LearnerStore(database).GetOrCreateAsync(new LearnerKey("msteams", name), name, Noon.AddDays(-1));
        await new ClassStore(database).EnrollAsync(learner.Id, classId, Noon.AddDays(-1));
        await new AttemptStore(database).RecordAsync(new AttemptRecord
        {
            LearnerId = learner.Id, ChannelId = "msteams", TemplateId = "nernst-potassium", Seed = 1, RawAnswer = "+90 mV",
            Verdict = AnswerVerdict.Incorrect, MisconceptionId = misconception, AnsweredAt = Noon.AddHours(-2),
        });
        await new SkillStateStore(database).SaveAsync(new SkillStateRecord(learner.Id, "nernst", mastery, 1, 0, Noon.AddHours(-2), mastery > 0.5 ? Noon.AddHours(-1) : null));
    }
}
