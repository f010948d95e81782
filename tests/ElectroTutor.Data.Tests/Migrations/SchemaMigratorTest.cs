using ElectroTutor.Data.Connection;
using ElectroTutor.Data.Migrations;
using ElectroTutor.Data.Stores;
using ElectroTutor.Tutoring.Answers;
using ElectroTutor.Tutoring.Storage;
using Microsoft.Data.Sqlite;

namespace ElectroTutor.Data.Tests.Migrations;

public sealed class SchemaMigratorTest
{
    [Theory]
    [OnSqlite]
    [OnPostgres]
    public void Empty_database_is_brought_to_the_latest_version(DatabaseProvider provider)
    {
        using var temp = TempDatabase.Create(provider);
        var migrator = new SchemaMigrator(temp.Database);

        var applied = migrator.Migrate(TimeProvider.System);

        Assert.Equal(SchemaMigrations.All.Select(m => m.Version), applied.Select(m => m.Version));
        Assert.Equal(new SchemaStatus(SchemaMigrations.Latest, SchemaMigrations.Latest), migrator.ReadStatus());
        Assert.Equal(SchemaMigrations.Latest, temp.Count("SELECT count(*) FROM schema_versions"));
        if (provider == DatabaseProvider.Sqlite)
        {
            Assert.Equal("wal", temp.Scalar("PRAGMA journal_mode;"));
        }
    }

    [Theory]
    [OnSqlite]
    [OnPostgres]
    public void Migrating_a_current_database_applies_nothing(DatabaseProvider provider)
    {
        using var temp = TempDatabase.Migrated(provider);

        Assert.Empty(new SchemaMigrator(temp.Database).Migrate(TimeProvider.System));
        Assert.Equal(SchemaMigrations.Latest, temp.Count("SELECT count(*) FROM schema_versions"));
    }

    [Theory]
    [OnSqlite]
    [OnPostgres]
    public async Task Version_1_database_upgrades_in_place_and_keeps_its_rows(DatabaseProvider provider)
    {
        using var temp = TempDatabase.Create(provider);
        temp.Execute(Version1Schema.SqlFor(provider));
        temp.Execute(Version1Schema.Rows);
        var migrator = new SchemaMigrator(temp.Database);
        Assert.Equal(1, migrator.ReadStatus().CurrentVersion);

        var applied = migrator.Migrate(TimeProvider.System);

        Assert.Equal([2, 3, 4, 5], applied.Select(m => m.Version));
        Assert.Equal(SchemaMigrations.Latest, migrator.ReadStatus().CurrentVersion);
        var learner = await new LearnerStore(temp.Database).FindAsync(new LearnerKey("msteams", "u-ada"));
        Assert.NotNull(learner);
        Assert.Equal(7, learner.Id);
        Assert.Equal("Ada", learner.DisplayName);
        var attempt = Assert.Single(await new AttemptStore(temp.Database).ForLearnerAsync(7));
        Assert.Equal(AnswerVerdict.Correct, attempt.Attempt.Verdict);
        Assert.Equal(-90, attempt.Attempt.ParsedValue);
        Assert.Equal(new DateTimeOffset(2026, 11, 2, 9, 1, 0, TimeSpan.Zero), attempt.Attempt.AnsweredAt);
        var skill = Assert.Single(await new SkillStateStore(temp.Database).ForLearnerAsync(7));
        Assert.Equal(0.6, skill.Mastery);
        var conversation = await new ConversationStateStore(temp.Database, TimeProvider.System).LoadAsync(7);
        Assert.Equal(3, conversation?.Version);

        // The version-2 tables exist and work against the old rows.
        temp.Execute("""
            INSERT INTO instructors (login_name, password_hash, created_at) VALUES ('grace', 'pbkdf2$x', '2026-11-21 00:00:00+00:00');
            INSERT INTO classes (name, join_code, instructor_id, created_at) VALUES ('Physiology 101', 'AXON42', 1, '2026-11-21 00:00:00+00:00');
            INSERT INTO enrollments (class_id, learner_id, enrolled_at) VALUES (1, 7, '2026-11-21 00:00:00+00:00');
            """);
        Assert.Equal(1, temp.Count("SELECT count(*) FROM enrollments"));
    }

    [Theory]
    [OnSqlite]
    [OnPostgres]
    public async Task Version_2_database_upgrades_in_place_keeping_its_rows_and_gains_review_memory(DatabaseProvider provider)
    {
        using var temp = TempDatabase.Create(provider);
        temp.Execute(Version2Schema.SqlFor(provider));
        temp.Execute(Version2Schema.Rows);
        var migrator = new SchemaMigrator(temp.Database);
        Assert.Equal(2, migrator.ReadStatus().CurrentVersion);

        var applied = migrator.Migrate(TimeProvider.System);

        Assert.Equal([3, 4, 5], applied.Select(m => m.Version));
        Assert.Equal(SchemaMigrations.Latest, migrator.ReadStatus().CurrentVersion);
        Assert.Equal("Ada", (await new LearnerStore(temp.Database).FindByIdAsync(7))?.DisplayName);
        Assert.Single(await new AttemptStore(temp.Database).ForLearnerAsync(7));
        Assert.Equal(3, (await new ConversationStateStore(temp.Database, TimeProvider.System).LoadAsync(7))?.Version);
        var joined = Assert.Single(await new ClassStore(temp.Database).ForLearnerAsync(7));
        Assert.Equal(new ClassRecord(5, "Physiology 101", "AXON42", 3), joined);
        Assert.Equal("grace", (await new InstructorStore(temp.Database, TimeProvider.System).FindAsync("grace"))?.LoginName);

        // The old skill state has no review memory yet, and can be given one.
        var skills = new SkillStateStore(temp.Database);
        var skill = Assert.Single(await skills.ForLearnerAsync(7));
        Assert.Equal(new SkillStateRecord(7, "nernst", 0.6, 1, 1, new DateTimeOffset(2026, 11, 2, 9, 1, 0, TimeSpan.Zero), null), skill);
        var reviewed = skill with { ReviewStabilityDays = 2.5, LastReviewedAt = Records.Noon, Reviews = 1, Lapses = 0 };
        await skills.SaveAsync(reviewed);
        Assert.Equal(reviewed, Assert.Single(await skills.ForLearnerAsync(7)));
    }

    [Theory]
    [OnSqlite]
    [OnPostgres]
    public async Task Version_3_database_upgrades_in_place_keeping_its_rows_and_gains_the_report_index_and_instructor_identities(DatabaseProvider provider)
    {
        using var temp = TempDatabase.Create(provider);
        temp.Execute(Version2Schema.SqlFor(provider));
        temp.Execute(Version2Schema.Rows);
        temp.Execute(Version3Schema.StepSqlFor(provider));
        temp.Execute(Version3Schema.Rows);
        var migrator = new SchemaMigrator(temp.Database);
        Assert.Equal(3, migrator.ReadStatus().CurrentVersion);

        var applied = migrator.Migrate(TimeProvider.System);

        Assert.Equal([4, 5], applied.Select(m => m.Version));
        Assert.Equal(SchemaMigrations.Latest, migrator.ReadStatus().CurrentVersion);
        Assert.Equal("Ada", (await new LearnerStore(temp.Database).FindByIdAsync(7))?.DisplayName);
        Assert.Single(await new AttemptStore(temp.Database).ForLearnerAsync(7));
        var skill = Assert.Single(await new SkillStateStore(temp.Database).ForLearnerAsync(7));
        Assert.Equal((3.5, 2, 1), (skill.ReviewStabilityDays, skill.Reviews, skill.Lapses));
        Assert.Equal(new ClassRecord(5, "Physiology 101", "AXON42", 3), Assert.Single(await new ClassStore(temp.Database).ForLearnerAsync(7)));
        Assert.True(temp.HasTable("instructor_identities"));
        Assert.Equal(0, temp.Count("SELECT count(*) FROM instructor_identities"));
        var indexQuery = provider == DatabaseProvider.Postgres
            ? "SELECT count(*) FROM pg_indexes WHERE indexname = 'ix_attempts_learner_template'"
            : "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = 'ix_attempts_learner_template'";
        Assert.Equal(1, temp.Count(indexQuery));
    }

    [Theory]
    [OnSqlite]
    [OnPostgres]
    public async Task Version_4_database_upgrades_in_place_keeping_every_skill_state_and_attempt_and_drops_the_redundant_learner_index(DatabaseProvider provider)
    {
        using var temp = TempDatabase.Create(provider);
        temp.Execute(Version2Schema.SqlFor(provider));
        temp.Execute(Version2Schema.Rows);
        temp.Execute(Version3Schema.StepSqlFor(provider));
        temp.Execute(Version3Schema.Rows);
        temp.Execute(Version4Schema.StepSqlFor(provider));
        temp.Execute(Version4Schema.Rows);
        var migrator = new SchemaMigrator(temp.Database);
        Assert.Equal(4, migrator.ReadStatus().CurrentVersion);

        var applied = migrator.Migrate(TimeProvider.System);

        Assert.Equal([5], applied.Select(m => m.Version));
        Assert.Equal(SchemaMigrations.Latest, migrator.ReadStatus().CurrentVersion);
        var skills = new SkillStateStore(temp.Database);
        var ada = Assert.Single(await skills.ForLearnerAsync(7));
        Assert.Equal((3.5, 2, 1), (ada.ReviewStabilityDays, ada.Reviews, ada.Lapses));
        var ben = (await skills.ForLearnerAsync(9)).OrderBy(s => s.SkillId, StringComparer.Ordinal).ToList();
        Assert.Equal(
            [
                new SkillStateRecord(9, "goldman-equation", 0.25, 2, 0, new DateTimeOffset(2026, 11, 19, 10, 3, 0, TimeSpan.Zero), null),
                new SkillStateRecord(9, "sodium-potassium-pump", 0.95, 6, 5, new DateTimeOffset(2026, 11, 19, 10, 5, 0, TimeSpan.Zero), new DateTimeOffset(2026, 11, 22, 10, 5, 0, TimeSpan.Zero))
                {
                    ReviewStabilityDays = 3, LastReviewedAt = new DateTimeOffset(2026, 11, 19, 10, 5, 0, TimeSpan.Zero), Reviews = 1, Lapses = 0,
                },
            ],
            ben);
        var attempts = new AttemptStore(temp.Database);
        Assert.Single(await attempts.ForLearnerAsync(7));
        Assert.Equal("ghk-resting-potential", Assert.Single(await attempts.ForLearnerAsync(9)).Attempt.TemplateId);

        // The rebuilt table still has its key and its cascade, and a second state for the same skill is refused.
        await skills.SaveAsync(ben[0] with { Mastery = 0.4 });
        Assert.Equal(0.4, (await skills.ForLearnerAsync(9)).Single(s => s.SkillId == "goldman-equation").Mastery);
        Assert.ThrowsAny<Exception>(() => temp.Execute(
            "INSERT INTO skill_states (learner_id, skill_id, mastery, attempts, correct) VALUES (9, 'goldman-equation', 0.5, 0, 0);"));
        temp.Execute("DELETE FROM learners WHERE id = 9;");
        Assert.Empty(await skills.ForLearnerAsync(9));
        Assert.Equal(1, temp.Count("SELECT count(*) FROM skill_states"));

        var learnerIndexQuery = provider == DatabaseProvider.Postgres
            ? "SELECT count(*) FROM pg_indexes WHERE indexname = 'ix_attempts_learner'"
            : "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = 'ix_attempts_learner'";
        Assert.Equal(0, temp.Count(learnerIndexQuery));
        if (provider == DatabaseProvider.Sqlite)
        {
            Assert.Contains("WITHOUT ROWID", (string?)temp.Scalar("SELECT sql FROM sqlite_master WHERE name = 'skill_states'"), StringComparison.Ordinal);
        }
    }

    [Theory]
    [OnSqlite]
    [OnPostgres]
    public void Database_from_a_newer_build_is_refused_with_a_clear_message_and_left_untouched(DatabaseProvider provider)
    {
        using var temp = TempDatabase.Migrated(provider);
        temp.Execute("INSERT INTO schema_versions VALUES (99, 'from the future', '2030-01-01T00:00:00Z'); CREATE TABLE future_things (id INTEGER);");
        var migrator = new SchemaMigrator(temp.Database);

        var error = Assert.Throws<TutorDatabaseException>(() => migrator.Migrate(TimeProvider.System));

        Assert.Contains("schema version 99", error.Message, StringComparison.Ordinal);
        Assert.Contains("newer than this build knows", error.Message, StringComparison.Ordinal);
        Assert.Contains(temp.Database.Location, error.Message, StringComparison.Ordinal);
        Assert.True(migrator.ReadStatus().IsFromTheFuture);
        Assert.Throws<TutorDatabaseException>(migrator.EnsureCurrent);
        Assert.Equal(99, temp.Count("SELECT max(version) FROM schema_versions"));
        Assert.Equal(0, temp.Count("SELECT count(*) FROM future_things"));
    }

    [Theory]
    [OnSqlite]
    [OnPostgres]
    public void Database_with_tables_but_no_version_table_is_not_touched(DatabaseProvider provider)
    {
        using var temp = TempDatabase.Create(provider);
        temp.Execute("CREATE TABLE recipes (name TEXT); INSERT INTO recipes VALUES ('bread');");

        var error = Assert.Throws<TutorDatabaseException>(() => new SchemaMigrator(temp.Database).Migrate(TimeProvider.System));

        Assert.Contains("not an ElectroTutor database", error.Message, StringComparison.Ordinal);
        Assert.False(temp.HasTable("schema_versions"));
        Assert.Equal(1, temp.Count("SELECT count(*) FROM recipes"));
    }

    [Fact]
    public void Locked_database_gives_a_clear_error_instead_of_waiting_forever()
    {
        using var temp = new TempDatabase("Default Timeout=1");
        temp.Execute(Version2Schema.SqlFor(DatabaseProvider.Sqlite));
        using var holder = new SqliteConnection($"Data Source={temp.FilePath};Pooling=False");
        holder.Open();
        using var transaction = holder.BeginTransaction(deferred: false);

        var error = Assert.Throws<TutorDatabaseException>(() => new SchemaMigrator(temp.Database).Migrate(TimeProvider.System));

        Assert.Contains("locked by another process", error.Message, StringComparison.Ordinal);
        transaction.Rollback();
        Assert.Equal(2, new SchemaMigrator(temp.Database).ReadStatus().CurrentVersion);
    }

    [Theory]
    [OnSqlite]
    [OnPostgres]
    public async Task Instances_migrating_at_once_apply_each_step_once(DatabaseProvider provider)
    {
        using var temp = TempDatabase.Create(provider);

        // Separate TutorDatabase objects stand for separate server instances starting together.
        var runs = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
            new SchemaMigrator(TutorDatabase.Create(provider.ToString(), temp.Database.ConnectionString)).Migrate(TimeProvider.System))));

        Assert.Equal(SchemaMigrations.All.Select(m => m.Version), runs.SelectMany(applied => applied).Select(m => m.Version).Order());
        Assert.Equal(SchemaMigrations.Latest, temp.Count("SELECT count(*) FROM schema_versions"));
        Assert.Equal(SchemaMigrations.Latest, new SchemaMigrator(temp.Database).ReadStatus().CurrentVersion);
    }

    [Fact]
    public void Every_step_has_sql_for_both_providers()
    {
        Assert.All(SchemaMigrations.All, m => Assert.False(string.IsNullOrWhiteSpace(m.SqlFor(DatabaseProvider.Sqlite))));
        Assert.All(SchemaMigrations.All, m => Assert.False(string.IsNullOrWhiteSpace(m.SqlFor(DatabaseProvider.Postgres))));
    }

    [Fact]
    public void Every_step_is_numbered_in_order_without_gaps()
    {
        Assert.Equal(Enumerable.Range(1, SchemaMigrations.All.Count), SchemaMigrations.All.Select(m => m.Version));
    }
}
