using ElectroTutor.Data.Connection;
using ElectroTutor.Data.Reports;
using ElectroTutor.Data.Stores;
using ElectroTutor.Tutoring.Answers;
using ElectroTutor.Tutoring.Storage;

namespace ElectroTutor.Data.Tests.Reports;

public sealed class StudentHistoryQueryTest
{
    [Theory]
    [OnSqlite]
    [OnPostgres]
    public async Task A_students_attempts_come_back_oldest_first_with_everything_the_student_view_shows(DatabaseProvider provider)
    {
        using var temp = TempDatabase.Migrated(provider);
        var physiology = await SmallClass.SeedAsync(temp);
        var cy = await LearnerId(temp, "Cy");

        var history = await new StudentHistoryQuery(temp.Database).LoadAsync(physiology.Id, cy);

        Assert.NotNull(history);
        Assert.Equal((cy, "Cy"), (history.LearnerId, history.DisplayName));
        Assert.Equal(
            [("65 mV", AnswerVerdict.Incorrect, "sign-flip", 2), ("65 mV", AnswerVerdict.Incorrect, "sign-flip", 1), ("0", AnswerVerdict.Unparseable, null, 0)],
            history.Attempts.Select(a => (a.RawAnswer, a.Verdict, a.MisconceptionId, a.HintsUsed)));
        Assert.Equal(["t1", "t1", "t2"], history.Attempts.Select(a => a.TemplateId));
        Assert.Equal(SmallClass.Now.AddHours(-9 * 24), history.Attempts[0].AnsweredAt);
        Assert.False(history.Attempts[0].IsCorrect);
    }

    [Theory]
    [OnSqlite]
    [OnPostgres]
    public async Task A_learner_of_another_class_or_no_learner_at_all_is_not_found(DatabaseProvider provider)
    {
        using var temp = TempDatabase.Migrated(provider);
        var physiology = await SmallClass.SeedAsync(temp);
        var eve = await LearnerId(temp, "Eve");
        var query = new StudentHistoryQuery(temp.Database);

        Assert.Null(await query.LoadAsync(physiology.Id, eve));
        Assert.Null(await query.LoadAsync(physiology.Id, 987654));
        var botany = (await new ClassStore(temp.Database).ForLearnerAsync(eve)).Single();
        Assert.Equal("Eve", (await query.LoadAsync(botany.Id, eve))?.DisplayName);
    }

    [Theory]
    [OnSqlite]
    public async Task A_student_who_never_answered_has_an_empty_history(DatabaseProvider provider)
    {
        using var temp = TempDatabase.Migrated(provider);
        var physiology = await SmallClass.SeedAsync(temp);

        var history = await new StudentHistoryQuery(temp.Database).LoadAsync(physiology.Id, await LearnerId(temp, "Dee"));

        Assert.NotNull(history);
        Assert.Empty(history.Attempts);
    }

    internal static async Task<long> LearnerId(TempDatabase temp, string name) =>
        (await new LearnerStore(temp.Database).FindAsync(new LearnerKey("webchat", name)))!.Id;
}
