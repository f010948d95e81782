using ElectroTutor.Data.Connection;
using ElectroTutor.Data.Migrations;
using ElectroTutor.Data.Operations;
using ElectroTutor.Data.Stores;
using ElectroTutor.Tutoring.Storage;

namespace ElectroTutor.Data.Tests.Operations;

public sealed class DatabaseOperationsTest
{
    [Fact]
    public void Summary_of_a_missing_file_says_so_and_creates_nothing()
    {
        using var temp = new TempDatabase();

        var summary = DatabaseSummary.Read(temp.Database);

        Assert.False(summary.Exists);
        Assert.Null(summary.Schema);
        Assert.False(File.Exists(temp.FilePath));
    }

    [Theory]
    [OnSqlite]
    [OnPostgres]
    public async Task Summary_counts_rows_per_table(DatabaseProvider provider)
    {
        using var temp = TempDatabase.Migrated(provider);
        var learner = await new LearnerStore(temp.Database).GetOrCreateAsync(new LearnerKey("cli", "me"), "Me", Records.Noon);
        await new AttemptStore(temp.Database).RecordAsync(Records.Attempt(learner.Id, "a1"));

        var summary = DatabaseSummary.Read(temp.Database);

        Assert.Equal(new SchemaStatus(SchemaMigrations.Latest, SchemaMigrations.Latest), summary.Schema);
        Assert.Equal(provider, summary.Provider);
        Assert.Equal(provider == DatabaseProvider.Sqlite ? "wal" : string.Empty, summary.JournalMode);
        Assert.True(summary.SizeBytes > 0);
        Assert.Equal(DatabaseSummary.Tables, summary.RowCounts.Select(c => c.Key));
        Assert.Equal(1, summary.RowCounts.Single(c => c.Key == "attempts").Value);
    }

    [Fact]
    public async Task Online_backup_copies_the_live_database_and_never_overwrites()
    {
        using var temp = TempDatabase.Migrated();
        var learner = await new LearnerStore(temp.Database).GetOrCreateAsync(new LearnerKey("cli", "me"), "Me", Records.Noon);
        await new AttemptStore(temp.Database).RecordAsync(Records.Attempt(learner.Id, "a1"));
        var target = Path.Combine(temp.Folder, "backups", "copy.db");

        var written = DatabaseBackup.Copy(temp.Database, target);

        var copy = TutorDatabase.FromConnectionString(written);
        Assert.Equal(SchemaMigrations.Latest, new SchemaMigrator(copy).ReadStatus().CurrentVersion);
        Assert.Single(await new AttemptStore(copy).ForLearnerAsync(learner.Id));
        var error = Assert.Throws<TutorDatabaseException>(() => DatabaseBackup.Copy(temp.Database, target));
        Assert.Contains("already exists", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Backup_of_a_postgres_database_is_refused_with_a_pointer_to_pg_dump()
    {
        var database = TutorDatabase.Create("Postgres", "Host=127.0.0.1;Database=tutor;Username=et");
        var target = Path.Combine(Path.GetTempPath(), "electrotutor-data-tests", Guid.NewGuid().ToString("N"), "copy.db");

        var error = Assert.Throws<TutorDatabaseException>(() => DatabaseBackup.Copy(database, target));

        Assert.Contains("pg_dump", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(target));
    }

    [Theory]
    [OnSqlite]
    [OnPostgres]
    public async Task Export_reads_every_attempt_oldest_first(DatabaseProvider provider)
    {
        using var temp = TempDatabase.Migrated(provider);
        var learner = await new LearnerStore(temp.Database).GetOrCreateAsync(new LearnerKey("cli", "me"), "Me", Records.Noon);
        var attempts = new AttemptStore(temp.Database);
        await attempts.RecordAsync(Records.Attempt(learner.Id, "a1", "=1+1"));
        await attempts.RecordAsync(Records.Attempt(learner.Id, "a2", "-90 mV"));

        var rows = await AttemptExport.ReadAsync(temp.Database).ToListAsync();

        Assert.Equal(["=1+1", "-90 mV"], rows.Select(r => r.Input));
        Assert.All(rows, r => Assert.Equal("Incorrect", r.Outcome));
        Assert.All(rows, r => Assert.Equal(learner.Id, r.AnonStudentId));
    }
}
