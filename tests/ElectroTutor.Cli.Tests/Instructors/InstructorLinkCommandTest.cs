using ElectroTutor.Cli.Tests.Database;

namespace ElectroTutor.Cli.Tests.Instructors;

public sealed class InstructorLinkCommandTest
{
    [Fact]
    public void A_chat_identity_is_linked_once_and_never_to_a_second_instructor()
    {
        using var db = new TempDatabaseFile();
        Assert.Equal(0, CliRun.Of("db", "migrate", "--database", db.Path).ExitCode);
        Assert.Equal(0, CliRun.Of("instructor", "add", "grace", "--token", "--database", db.Path).ExitCode);
        Assert.Equal(0, CliRun.Of("instructor", "add", "alan", "--token", "--database", db.Path).ExitCode);

        var linked = CliRun.Of("instructor", "link", "--login", "grace", "--channel", "msteams", "--user-id", "00000000-aad-grace", "--database", db.Path);
        var again = CliRun.Of("instructor", "link", "--login", "Grace", "--channel", "msteams", "--user-id", "00000000-aad-grace", "--database", db.Path, "--json");
        var stolen = CliRun.Of("instructor", "link", "--login", "alan", "--channel", "msteams", "--user-id", "00000000-aad-grace", "--database", db.Path);
        var nobody = CliRun.Of("instructor", "link", "--login", "ada", "--channel", "msteams", "--user-id", "x", "--database", db.Path);
        var blank = CliRun.Of("instructor", "link", "--login", "grace", "--channel", "msteams", "--user-id", " ", "--database", db.Path);

        Assert.True(linked.ExitCode == 0, linked.Error);
        Assert.Contains("Linked msteams:00000000-aad-grace to instructor grace.", linked.Output, StringComparison.Ordinal);
        Assert.True(again.ExitCode == 0, again.Error);
        Assert.Contains("\"newlyLinked\": false", again.Output, StringComparison.Ordinal);
        Assert.Equal(1, stolen.ExitCode);
        Assert.Contains("linked to another instructor", stolen.Error, StringComparison.Ordinal);
        Assert.Equal(1, nobody.ExitCode);
        Assert.Contains("no instructor 'ada'", nobody.Error, StringComparison.Ordinal);
        Assert.Equal(2, blank.ExitCode);
        Assert.Equal(1, db.Count("SELECT count(*) FROM instructor_identities"));
    }
}
