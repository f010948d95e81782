using ElectroTutor.Data.Connection;
using ElectroTutor.Data.Stores;
using ElectroTutor.Tutoring.Storage;

namespace ElectroTutor.Data.Tests.Stores;

public sealed class ClassStoreTest
{
    [Theory]
    [OnSqlite]
    [OnPostgres]
    public async Task A_join_code_is_found_whatever_case_and_spacing_the_learner_types(DatabaseProvider provider)
    {
        using var temp = TempDatabase.Migrated(provider);
        var created = await NewClass(temp, "Physiology 101");
        var store = new ClassStore(temp.Database);

        Assert.Equal(created, await store.FindByJoinCodeAsync(created.JoinCode));
        Assert.Equal(created, await store.FindByJoinCodeAsync($"  {created.JoinCode.ToLowerInvariant()} "));
        Assert.Null(await store.FindByJoinCodeAsync("ZZZZZZ"));
        Assert.Null(await store.FindByJoinCodeAsync(" "));
    }

    [Theory]
    [OnSqlite]
    [OnPostgres]
    public async Task Enrolling_twice_is_harmless_and_reports_false_the_second_time(DatabaseProvider provider)
    {
        using var temp = TempDatabase.Migrated(provider);
        var physiology = await NewClass(temp, "Physiology 101");
        var learner = await new LearnerStore(temp.Database).GetOrCreateAsync(new LearnerKey("msteams", "u1"), "Ada", Records.Noon);
        var store = new ClassStore(temp.Database);

        var first = await store.EnrollAsync(learner.Id, physiology.Id, Records.Noon);
        var again = await store.EnrollAsync(learner.Id, physiology.Id, Records.Noon.AddMinutes(1));
        var racing = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => store.EnrollAsync(learner.Id, physiology.Id, Records.Noon))));

        Assert.True(first);
        Assert.False(again);
        Assert.All(racing, Assert.False);
        Assert.Equal(1, temp.Count("SELECT count(*) FROM enrollments"));
    }

    [Theory]
    [OnSqlite]
    [OnPostgres]
    public async Task A_learners_classes_are_listed_by_name_and_only_theirs(DatabaseProvider provider)
    {
        using var temp = TempDatabase.Migrated(provider);
        var zoology = await NewClass(temp, "Zoology");
        var anatomy = await NewClass(temp, "anatomy");
        var other = await NewClass(temp, "Botany");
        var learners = new LearnerStore(temp.Database);
        var ada = await learners.GetOrCreateAsync(new LearnerKey("msteams", "u1"), "Ada", Records.Noon);
        var bob = await learners.GetOrCreateAsync(new LearnerKey("msteams", "u2"), "Bob", Records.Noon);
        var store = new ClassStore(temp.Database);
        await store.EnrollAsync(ada.Id, zoology.Id, Records.Noon);
        await store.EnrollAsync(ada.Id, anatomy.Id, Records.Noon);
        await store.EnrollAsync(bob.Id, other.Id, Records.Noon);

        Assert.Equal([anatomy, zoology], await store.ForLearnerAsync(ada.Id));
        Assert.Empty(await store.ForLearnerAsync(bob.Id + 100));
    }

    [Theory]
    [OnSqlite]
    [OnPostgres]
    public async Task Enrolling_in_a_class_that_does_not_exist_is_explained(DatabaseProvider provider)
    {
        using var temp = TempDatabase.Migrated(provider);
        var learner = await new LearnerStore(temp.Database).GetOrCreateAsync(new LearnerKey("msteams", "u1"), "Ada", Records.Noon);

        var failure = await Assert.ThrowsAnyAsync<Exception>(() => new ClassStore(temp.Database).EnrollAsync(learner.Id, 999, Records.Noon));

        var explained = Assert.IsType<TutorDatabaseException>(temp.Database.Explain(failure));
        Assert.Contains("does not exist", explained.Message, StringComparison.Ordinal);
        Assert.Equal(0, temp.Count("SELECT count(*) FROM enrollments"));
    }

    private static async Task<ClassRecord> NewClass(TempDatabase temp, string name)
    {
        var instructors = new InstructorStore(temp.Database, TimeProvider.System);
        var owner = await instructors.FindAsync("grace")
            ?? (await instructors.CreateAsync("grace", password: null, withApiToken: true))!.Instructor;
        return await instructors.CreateClassAsync(owner.Id, name);
    }
}
