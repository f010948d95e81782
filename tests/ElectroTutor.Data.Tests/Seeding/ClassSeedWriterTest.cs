using ElectroTutor.Data.Connection;
using ElectroTutor.Data.Seeding;
using ElectroTutor.Data.Stores;
using ElectroTutor.Tutoring.Answers;
using ElectroTutor.Tutoring.Storage;

namespace ElectroTutor.Data.Tests.Seeding;

public sealed class ClassSeedWriterTest
{
    private static readonly DateTimeOffset Noon = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [OnSqlite]
    [OnPostgres]
    public async Task Seeded_learners_read_back_through_the_stores_exactly_as_written(DatabaseProvider provider)
    {
        using var temp = TempDatabase.Migrated(provider);
        var classroom = await Classroom(temp.Database);
        var writer = new ClassSeedWriter(temp.Database);

        var ids = await writer.WriteAsync(classroom.Id, [Learner("s-1", "Ada", 3), Learner("s-2", "Ben", 2)]);

        Assert.Equal(2, ids.Count);
        var attempts = await new AttemptStore(temp.Database).ForLearnerAsync(ids[0]);
        Assert.Equal(Learner("s-1", "Ada", 3).Attempts.Select(a => a with { LearnerId = ids[0] }), attempts.Select(a => a.Attempt));
        var states = await new SkillStateStore(temp.Database).ForLearnerAsync(ids[1]);
        Assert.Equal([new SkillStateRecord(ids[1], "nernst-equilibrium", 0.75, 2, 1, Noon, Noon.AddDays(2))], states);
        var conversation = await new ConversationStateStore(temp.Database, TimeProvider.System).LoadAsync(ids[0]);
        Assert.Equal((1L, "{\"demo\":true}"), (conversation!.Version, conversation.StateJson));
        Assert.Equal(["Physiology"], (await new ClassStore(temp.Database).ForLearnerAsync(ids[1])).Select(c => c.Name));
        Assert.Equal(2, await writer.CountLearnersAsync("demo", "s-"));
    }

    [Theory]
    [OnSqlite]
    [OnPostgres]
    public async Task A_batch_with_a_learner_stored_before_is_refused_whole(DatabaseProvider provider)
    {
        using var temp = TempDatabase.Migrated(provider);
        var classroom = await Classroom(temp.Database);
        var writer = new ClassSeedWriter(temp.Database);
        await writer.WriteAsync(classroom.Id, [Learner("s-1", "Ada", 1)]);

        var refused = await Assert.ThrowsAsync<TutorDatabaseException>(() => writer.WriteAsync(classroom.Id, [Learner("s-2", "Ben", 1), Learner("s-1", "Ada", 1)]));

        Assert.Contains("already stored", refused.Message, StringComparison.Ordinal);
        Assert.Equal(1, temp.Count("SELECT count(*) FROM learners"));
        Assert.Equal(1, temp.Count("SELECT count(*) FROM attempts"));
    }

    private static async Task<ClassRecord> Classroom(TutorDatabase database)
    {
        var instructors = new InstructorStore(database, TimeProvider.System);
        var grace = (await instructors.CreateAsync("grace", password: null, withApiToken: true))!.Instructor;
        return await instructors.CreateClassAsync(grace.Id, "Physiology");
    }

    private static SeededLearner Learner(string userId, string name, int attempts) => new(
        new LearnerKey("demo", userId),
        name,
        Noon.AddHours(-1),
        [.. Enumerable.Range(0, attempts).Select(i => new AttemptRecord
        {
            LearnerId = 0,
            ChannelId = "demo",
            TemplateId = "nernst-potassium",
            Seed = 40 + i,
            ParametersJson = "{\"insideMm\":140}",
            RawAnswer = i % 2 == 0 ? "-90 mV" : "+90 mV",
            ParsedValue = i % 2 == 0 ? -90 : 90,
            ParsedUnit = "mV",
            Verdict = i % 2 == 0 ? AnswerVerdict.Correct : AnswerVerdict.Incorrect,
            MisconceptionId = i % 2 == 0 ? null : "sign-flip",
            HintsUsed = i,
            ResponseTimeMs = 1000 * (i + 1),
            AnsweredAt = Noon.AddMinutes(i),
        })],
        [new SkillStateRecord(0, "nernst-equilibrium", 0.75, 2, 1, Noon, Noon.AddDays(2))],
        "{\"demo\":true}",
        Noon);
}
