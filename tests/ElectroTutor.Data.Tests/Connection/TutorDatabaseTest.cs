using ElectroTutor.Data.Connection;
using ElectroTutor.Data.Stores;
using ElectroTutor.Tutoring.Storage;
using Microsoft.Data.Sqlite;

namespace ElectroTutor.Data.Tests.Connection;

public sealed class TutorDatabaseTest
{
    [Fact]
    public void Without_configuration_the_file_is_in_the_local_app_data_folder()
    {
        var database = TutorDatabase.FromConnectionString(null);

        var expected = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify), "ElectroTutor", "tutor.db");
        Assert.Equal(Path.GetFullPath(expected), database.FilePath);
    }

    [Fact]
    public void A_bare_path_and_a_connection_string_name_the_same_file()
    {
        var path = Path.Combine(Path.GetTempPath(), "some", "tutor.db");

        var fromPath = TutorDatabase.FromConnectionString(path);
        var fromString = TutorDatabase.FromConnectionString($"Data Source={path}");

        Assert.Equal(path, fromPath.FilePath);
        Assert.Equal(path, fromString.FilePath);
        Assert.Contains("Foreign Keys=True", fromPath.ConnectionString, StringComparison.Ordinal);
        Assert.Equal(5000, fromPath.BusyTimeoutMs);
    }

    [Theory]
    [InlineData(null, DatabaseProvider.Sqlite)]
    [InlineData("", DatabaseProvider.Sqlite)]
    [InlineData("sqlite", DatabaseProvider.Sqlite)]
    [InlineData("Postgres", DatabaseProvider.Postgres)]
    [InlineData(" postgresql ", DatabaseProvider.Postgres)]
    public void The_provider_setting_names_sqlite_or_postgres(string? setting, DatabaseProvider expected) =>
        Assert.Equal(expected, DatabaseProviders.Parse(setting));

    [Fact]
    public void An_unknown_provider_is_refused_rather_than_silently_using_sqlite()
    {
        var error = Assert.Throws<TutorDatabaseException>(() => TutorDatabase.Create("SqlServer", "Data Source=x.db"));

        Assert.Contains("Database:Provider is 'SqlServer'", error.Message, StringComparison.Ordinal);
        Assert.Contains("Postgres", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Postgres_reads_the_Tutor_connection_string_and_never_shows_the_password()
    {
        var database = TutorDatabase.Create("Postgres", "Host=db.example;Port=5433;Database=tutor;Username=et;Password=s3cret");

        Assert.Equal(DatabaseProvider.Postgres, database.Provider);
        Assert.Null(database.FilePath);
        Assert.True(database.Exists);
        Assert.Equal("postgresql://db.example:5433/tutor", database.Location);
        Assert.DoesNotContain("s3cret", database.Location, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("/var/lib/electrotutor/tutor.db")]
    [InlineData("Data Source=tutor.db")]
    public void Postgres_without_a_server_connection_string_is_refused(string? connectionString)
    {
        var error = Assert.Throws<TutorDatabaseException>(() => TutorDatabase.Create("Postgres", connectionString));

        Assert.StartsWith("Database:Provider is 'Postgres', but", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [OnPostgres]
    public void A_refused_postgres_login_is_explained(DatabaseProvider provider)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(TestPostgres.AdminConnectionString) { Password = "not-the-password" };
        var database = TutorDatabase.FromPostgresConnectionString(builder.ConnectionString);

        var error = Assert.Throws<TutorDatabaseException>(() => new ElectroTutor.Data.Migrations.SchemaMigrator(database).ReadStatus());

        Assert.Equal(DatabaseProvider.Postgres, provider);
        Assert.Contains("refused the login", error.Message, StringComparison.Ordinal);
        Assert.Contains(database.Location, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_timeout_in_the_connection_string_sets_the_busy_timeout()
    {
        var database = TutorDatabase.FromConnectionString("Data Source=x.db;Default Timeout=12");

        Assert.Equal(12_000, database.BusyTimeoutMs);
    }

    [Fact]
    public void Opened_connections_have_foreign_keys_and_the_busy_timeout()
    {
        using var temp = new TempDatabase();

        Assert.Equal(1, temp.Count("PRAGMA foreign_keys"));
        Assert.Equal(5000, temp.Count("PRAGMA busy_timeout"));
    }

    [Fact]
    public async Task A_store_write_blocked_by_another_process_fails_within_the_timeout_and_is_explained()
    {
        using var temp = TempDatabase.Migrated("Default Timeout=1");
        var store = new LearnerStore(temp.Database);
        using var holder = new SqliteConnection($"Data Source={temp.FilePath};Pooling=False");
        holder.Open();
        using var transaction = holder.BeginTransaction(deferred: false);

        var failure = await Assert.ThrowsAnyAsync<Exception>(() => store.GetOrCreateAsync(new LearnerKey("cli", "me"), "Me", Records.Noon));

        var explained = Assert.IsType<TutorDatabaseException>(temp.Database.Explain(failure));
        Assert.Contains("locked by another process", explained.Message, StringComparison.Ordinal);
        Assert.Contains(temp.FilePath, explained.Message, StringComparison.Ordinal);
    }
}
