using ElectroTutor.Cli.Tests.Database;
using Microsoft.Data.Sqlite;

namespace ElectroTutor.Cli.Tests.Learners;

public sealed class LearnerForgetCommandTest
{
    [Fact]
    public void Forget_by_number_removes_that_learners_rows_only()
    {
        using var db = new TempDatabaseFile().Seeded();

        var run = CliRun.Of("learner", "forget", "1", "--database", db.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Forgot learner 1: 2 attempt(s), 1 skill state(s), 1 conversation(s)", run.Output, StringComparison.Ordinal);
        Assert.Equal(0, db.Count("SELECT count(*) FROM attempts WHERE learner_id = 1"));
        Assert.Equal(1, db.Count("SELECT count(*) FROM attempts WHERE learner_id = 2"));
        Assert.Equal(1, db.Count("SELECT count(*) FROM learners"));
    }

    [Fact]
    public void Forget_by_channel_identity_splits_at_the_first_colon()
    {
        using var db = new TempDatabaseFile().Seeded();

        var run = CliRun.Of("learner", "forget", "msteams:29:ada", "--json", "--database", db.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("\"attempts\": 2", run.Output, StringComparison.Ordinal);
        Assert.Equal(0, db.Count("SELECT count(*) FROM learners WHERE id = 1"));
    }

    [Fact]
    public void A_database_locked_by_another_process_exits_1_and_keeps_the_rows()
    {
        using var db = new TempDatabaseFile().Seeded();
        using var holder = new SqliteConnection($"Data Source={db.Path};Pooling=False");
        holder.Open();
        using var transaction = holder.BeginTransaction(deferred: false);

        var run = CliRun.Of("learner", "forget", "1", "--database", $"Data Source={db.Path};Default Timeout=1");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("locked by another process", run.Error, StringComparison.Ordinal);
        transaction.Rollback();
        Assert.Equal(2, db.Count("SELECT count(*) FROM attempts WHERE learner_id = 1"));
    }

    [Fact]
    public void An_unknown_learner_exits_1()
    {
        using var db = new TempDatabaseFile().Seeded();

        var run = CliRun.Of("learner", "forget", "42", "--database", db.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no learner '42'", run.Error, StringComparison.Ordinal);
        Assert.Equal(3, db.Count("SELECT count(*) FROM attempts"));
    }
}
