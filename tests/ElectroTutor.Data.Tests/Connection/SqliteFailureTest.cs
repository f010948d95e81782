using ElectroTutor.Data.Connection;
using ElectroTutor.Data.Stores;
using ElectroTutor.Tutoring.Storage;

namespace ElectroTutor.Data.Tests.Connection;

/// <summary>
/// A full disk, acted out by capping the database at the pages it already has (<c>PRAGMA max_page_count</c> on every
/// connection): SQLite then fails a growing write with SQLITE_FULL, as it does when the disk has no room.
/// </summary>
public sealed class SqliteFailureTest
{
    [Fact]
    public async Task A_turn_on_a_full_disk_fails_with_a_clear_message_and_the_rows_stored_before_are_intact()
    {
        using var temp = TempDatabase.Migrated();
        var learner = await new LearnerStore(temp.Database).GetOrCreateAsync(new LearnerKey("msteams", "u1"), "Ada", Records.Noon);
        var turns = new TurnStore(temp.Database, TimeProvider.System);
        await turns.CommitAsync(new TurnCommit(learner.Id, 0, "before") { Attempts = [Records.Attempt(learner.Id, "act-1")], SkillStates = [Records.Skill(learner.Id, "nernst")] });
        temp.Database.SqliteMaxPageCount = temp.Count("PRAGMA page_count");

        var bigTurn = new TurnCommit(learner.Id, 1, new string('x', 256 * 1024)) { Attempts = [Records.Attempt(learner.Id, "act-2")] };
        var error = await Assert.ThrowsAsync<TutorDatabaseException>(() => turns.CommitAsync(bigTurn));

        Assert.Contains($"Learner {learner.Id}'s turn was not stored", error.Message, StringComparison.Ordinal);
        Assert.Contains($"The database {temp.FilePath} is full", error.Message, StringComparison.Ordinal);
        Assert.Contains("Free disk space", error.Message, StringComparison.Ordinal);
        Assert.Equal(new ConversationSnapshot(learner.Id, "before", 1), await new ConversationStateStore(temp.Database, TimeProvider.System).LoadAsync(learner.Id));
        Assert.Equal("act-1", Assert.Single(await new AttemptStore(temp.Database).ForLearnerAsync(learner.Id)).Attempt.ActivityId);
        Assert.Equal(Records.Skill(learner.Id, "nernst"), Assert.Single(await new SkillStateStore(temp.Database).ForLearnerAsync(learner.Id)));

        // Once there is room again the same turn goes through.
        temp.Database.SqliteMaxPageCount = 1_000_000;
        Assert.True((await turns.CommitAsync(bigTurn)).Saved);
    }

    [Fact]
    public async Task Any_store_write_on_a_full_disk_is_explained_by_the_database()
    {
        using var temp = TempDatabase.Migrated();
        var learner = await new LearnerStore(temp.Database).GetOrCreateAsync(new LearnerKey("msteams", "u1"), "Ada", Records.Noon);
        temp.Database.SqliteMaxPageCount = temp.Count("PRAGMA page_count");

        var failure = await Assert.ThrowsAnyAsync<Exception>(() =>
            new AttemptStore(temp.Database).RecordAsync(Records.Attempt(learner.Id, "act-1", answer: new string('7', 256 * 1024))));

        var explained = Assert.IsType<TutorDatabaseException>(temp.Database.Explain(failure));
        Assert.StartsWith($"The database {temp.FilePath} is full", explained.Message, StringComparison.Ordinal);
        Assert.Equal(0, temp.Count("SELECT count(*) FROM attempts"));
        Assert.Equal(1, temp.Count("SELECT count(*) FROM learners"));
    }
}
