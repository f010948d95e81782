using System.Text;
using ElectroTutor.Data.Connection;
using ElectroTutor.Data.Instructors;
using ElectroTutor.Data.Stores;
using Microsoft.Data.Sqlite;

namespace ElectroTutor.Data.Tests.Stores;

public sealed class InstructorStoreTest
{
    private const string Password = "correct horse battery";

    [Theory]
    [OnSqlite]
    [OnPostgres]
    public async Task A_password_is_stored_as_a_self_describing_pbkdf2_hash_and_verified(DatabaseProvider provider)
    {
        using var temp = TempDatabase.Migrated(provider);
        var store = new InstructorStore(temp.Database, TimeProvider.System);

        var created = await store.CreateAsync(" Grace@Example.org ", Password, withApiToken: false);

        Assert.NotNull(created);
        Assert.Null(created.ApiToken);
        Assert.Equal(new InstructorRecord(created.Instructor.Id, "grace@example.org", HasPassword: true, HasApiToken: false, created.Instructor.CreatedAt), created.Instructor);
        var stored = (string)temp.Scalar("SELECT password_hash FROM instructors")!;
        var parts = stored.Split('$');
        Assert.Equal(["pbkdf2-sha256", "600000"], parts[..2]);
        Assert.Equal(16, Convert.FromBase64String(parts[2]).Length);
        Assert.Equal(32, Convert.FromBase64String(parts[3]).Length);
        Assert.Equal(created.Instructor, await store.VerifyPasswordAsync("GRACE@example.org", Password));
        Assert.Null(await store.VerifyPasswordAsync("grace@example.org", Password + "!"));
        Assert.Null(await store.VerifyPasswordAsync("nobody", Password));
    }

    [Theory]
    [OnSqlite]
    [OnPostgres]
    public async Task An_api_token_is_shown_once_stored_as_its_sha256_hash_and_verified(DatabaseProvider provider)
    {
        using var temp = TempDatabase.Migrated(provider);
        var store = new InstructorStore(temp.Database, TimeProvider.System);

        var created = await store.CreateAsync("grace", password: null, withApiToken: true);
        var other = await store.CreateAsync("ada", password: null, withApiToken: true);

        var token = created?.ApiToken;
        Assert.NotNull(token);
        Assert.StartsWith("et_", token, StringComparison.Ordinal);
        Assert.Equal(32, Convert.FromBase64String(token[3..].Replace('-', '+').Replace('_', '/') + "=").Length);
        Assert.NotEqual(token, other?.ApiToken);
        Assert.Equal(
            "sha256$" + Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(token))),
            temp.Scalar("SELECT api_token_hash FROM instructors WHERE login_name = 'grace'"));
        Assert.Equal(created!.Instructor, await store.VerifyApiTokenAsync(token));
        Assert.Equal("ada", (await store.VerifyApiTokenAsync(other!.ApiToken!))?.LoginName);
        Assert.Null(await store.VerifyApiTokenAsync(token + "x"));
        Assert.Null(await store.VerifyApiTokenAsync(""));
        Assert.Null(await store.VerifyPasswordAsync("grace", token));
    }

    [Fact]
    public async Task No_secret_is_written_anywhere_in_the_database_files()
    {
        using var temp = TempDatabase.Migrated();
        var created = await new InstructorStore(temp.Database, TimeProvider.System).CreateAsync("grace", Password, withApiToken: true);
        using (var connection = new SqliteConnection(temp.Database.ConnectionString))
        {
            SqliteConnection.ClearPool(connection);
        }

        var files = Directory.GetFiles(temp.Folder).Select(File.ReadAllBytes).ToList();

        Assert.NotEmpty(files);
        foreach (var secret in new[] { Password, created!.ApiToken! })
        {
            var bytes = Encoding.UTF8.GetBytes(secret);
            Assert.All(files, content => Assert.Equal(-1, content.AsSpan().IndexOf(bytes)));
        }

        Assert.Equal(1, temp.Count("SELECT count(*) FROM instructors WHERE password_hash LIKE 'pbkdf2-sha256$%' AND api_token_hash LIKE 'sha256$%'"));
    }

    [Theory]
    [OnSqlite]
    [OnPostgres]
    public async Task An_existing_login_in_any_case_is_refused_and_nothing_changes(DatabaseProvider provider)
    {
        using var temp = TempDatabase.Migrated(provider);
        var store = new InstructorStore(temp.Database, TimeProvider.System);
        var first = await store.CreateAsync("grace", password: null, withApiToken: true);

        var again = await store.CreateAsync("GRACE", password: null, withApiToken: true);

        Assert.NotNull(first);
        Assert.Null(again);
        Assert.Equal(1, temp.Count("SELECT count(*) FROM instructors"));
        Assert.Equal(first.Instructor, await store.VerifyApiTokenAsync(first.ApiToken!));
    }

    [Theory]
    [InlineData("", "a password", false, "not allowed")]
    [InlineData("has space", "a password", false, "not allowed")]
    [InlineData("grace", null, false, "a password, an API token or both")]
    [InlineData("grace", "short", true, "at least 8 characters")]
    public async Task Unusable_input_is_refused_with_the_reason(string login, string? password, bool withApiToken, string reason)
    {
        using var temp = TempDatabase.Migrated();
        var store = new InstructorStore(temp.Database, TimeProvider.System);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => store.CreateAsync(login, password, withApiToken));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.Equal(0, temp.Count("SELECT count(*) FROM instructors"));
    }

    [Theory]
    [OnSqlite]
    [OnPostgres]
    public async Task A_class_gets_an_unambiguous_six_character_join_code_and_is_listed_with_its_instructor(DatabaseProvider provider)
    {
        using var temp = TempDatabase.Migrated(provider);
        var store = new InstructorStore(temp.Database, TimeProvider.System);
        var grace = (await store.CreateAsync("grace", password: null, withApiToken: true))!.Instructor;
        var ada = (await store.CreateAsync("ada", password: null, withApiToken: true))!.Instructor;

        var tuesday = await store.CreateClassAsync(grace.Id, "  PHYS 201 Tuesday ");
        var monday = await store.CreateClassAsync(grace.Id, "PHYS 201 Monday");
        var adas = await store.CreateClassAsync(ada.Id, "Anatomy");

        Assert.Equal("PHYS 201 Tuesday", tuesday.Name);
        Assert.Equal(grace.Id, tuesday.InstructorId);
        Assert.All(new[] { tuesday, monday, adas }, c => Assert.Matches("^[ABCDEFGHJKMNPQRSTUVWXYZ2-9]{6}$", c.JoinCode));
        var graces = await store.ListClassesAsync(grace.Id);
        Assert.Equal([monday, tuesday], graces.Select(l => l.Class));
        Assert.All(graces, l => Assert.Equal(("grace", 0), (l.InstructorLogin, l.Learners)));
        Assert.Equal(["Anatomy", "PHYS 201 Monday", "PHYS 201 Tuesday"], (await store.ListClassesAsync()).Select(l => l.Class.Name));
    }

    [Fact]
    public async Task A_join_code_already_taken_is_drawn_again()
    {
        using var temp = TempDatabase.Migrated();
        var codes = new Queue<string>(["AXON42", "axon42", "AXON42", "MYO777"]);
        var store = new InstructorStore(temp.Database, TimeProvider.System, codes.Dequeue);
        var grace = (await store.CreateAsync("grace", password: null, withApiToken: true))!.Instructor;

        var first = await store.CreateClassAsync(grace.Id, "Physiology");
        var second = await store.CreateClassAsync(grace.Id, "Anatomy");

        Assert.Equal("AXON42", first.JoinCode);
        Assert.Equal("MYO777", second.JoinCode);
        Assert.Empty(codes);
        Assert.Equal(2, temp.Count("SELECT count(*) FROM classes"));
    }

    [Fact]
    public async Task When_no_free_join_code_turns_up_the_store_says_so_and_adds_nothing()
    {
        using var temp = TempDatabase.Migrated();
        var store = new InstructorStore(temp.Database, TimeProvider.System, () => "AXON42");
        var grace = (await store.CreateAsync("grace", password: null, withApiToken: true))!.Instructor;
        await store.CreateClassAsync(grace.Id, "Physiology");

        var error = await Assert.ThrowsAsync<TutorDatabaseException>(() => store.CreateClassAsync(grace.Id, "Anatomy"));

        Assert.Contains("No free join code", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, temp.Count("SELECT count(*) FROM classes"));
    }

    [Fact]
    public void Join_codes_use_no_look_alike_characters()
    {
        var codes = Enumerable.Range(0, 200).Select(_ => JoinCode.New()).ToList();

        Assert.All(codes, c => Assert.Equal(JoinCode.Length, c.Length));
        Assert.DoesNotContain(codes, c => c.IndexOfAny(['0', 'O', '1', 'I', 'L']) >= 0);
        Assert.True(codes.Distinct(StringComparer.Ordinal).Count() > 190);
    }
}
