using ElectroTutor.Data.Connection;
using ElectroTutor.Data.Instructors;
using ElectroTutor.Data.Stores;

namespace ElectroTutor.Data.Tests.Stores;

public sealed class InstructorIdentityStoreTest
{
    [Theory]
    [OnSqlite]
    [OnPostgres]
    public async Task An_identity_links_to_one_instructor_only(DatabaseProvider provider)
    {
        using var temp = TempDatabase.Migrated(provider);
        var instructors = new InstructorStore(temp.Database, TimeProvider.System);
        var grace = (await instructors.CreateAsync("grace", password: null, withApiToken: true))!.Instructor;
        var alan = (await instructors.CreateAsync("alan", password: null, withApiToken: true))!.Instructor;
        var identities = new InstructorIdentityStore(temp.Database, TimeProvider.System);

        Assert.Equal(IdentityLink.Linked, await identities.LinkAsync(grace.Id, "msteams", "aad-grace"));
        Assert.Equal(IdentityLink.AlreadyLinked, await identities.LinkAsync(grace.Id, "msteams", " aad-grace "));
        Assert.Equal(IdentityLink.LinkedToAnother, await identities.LinkAsync(alan.Id, "msteams", "aad-grace"));
        Assert.Equal(IdentityLink.Linked, await identities.LinkAsync(grace.Id, "directline", "aad-grace"));

        Assert.Equal(grace.Id, await identities.FindInstructorAsync("msteams", "aad-grace"));
        Assert.Null(await identities.FindInstructorAsync("msteams", "aad-alan"));
        Assert.Null(await identities.FindInstructorAsync("", "aad-grace"));
        Assert.Equal(2, temp.Count("SELECT count(*) FROM instructor_identities"));
        await Assert.ThrowsAsync<ArgumentException>(() => identities.LinkAsync(grace.Id, "msteams", new string('x', 201)));
    }
}
