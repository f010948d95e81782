using ElectroTutor.Data.Connection;
using ElectroTutor.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace ElectroTutor.Data.Tests.Connection;

public sealed class DeferredDurabilityTest
{
    [Theory]
    [OnSqlite]
    [OnPostgres]
    public async Task The_write_is_committed_and_connections_wait_for_the_disk_again_afterwards(DatabaseProvider provider)
    {
        using var temp = TempDatabase.Migrated(provider);
        await using (var context = temp.Database.CreateContext())
        {
            context.Learners.Add(NewLearner("u-ada"));
            var saved = await DeferredDurability.SaveAsync(context, provider, context.SaveChangesAsync, CancellationToken.None);
            Assert.Equal(1, saved);
        }

        Assert.Equal(1, temp.Count("SELECT count(*) FROM learners WHERE user_id = 'u-ada'"));
        Assert.Equal(FullSync(provider), await CommitSettingAsync(temp, provider));
    }

    [Theory]
    [OnSqlite]
    [OnPostgres]
    public async Task A_failed_write_stores_nothing_and_leaves_connections_waiting_for_the_disk(DatabaseProvider provider)
    {
        using var temp = TempDatabase.Migrated(provider);
        await using (var context = temp.Database.CreateContext())
        {
            context.Learners.Add(NewLearner("u-ben"));
            await context.SaveChangesAsync();
        }

        await using (var context = temp.Database.CreateContext())
        {
            // The same channel identity again: the unique index refuses it.
            context.Learners.Add(NewLearner("u-ben"));
            await Assert.ThrowsAsync<DbUpdateException>(() => DeferredDurability.SaveAsync(context, provider, context.SaveChangesAsync, CancellationToken.None));
        }

        Assert.Equal(1, temp.Count("SELECT count(*) FROM learners"));
        Assert.Equal(FullSync(provider), await CommitSettingAsync(temp, provider));
    }

    private static Learner NewLearner(string userId) =>
        new() { ChannelId = "msteams", UserId = userId, DisplayName = "", CreatedAt = new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.Zero) };

    private static string FullSync(DatabaseProvider provider) => provider == DatabaseProvider.Postgres ? "on" : "2";

    // What a pooled connection opened through EF Core does on commit: SQLite's synchronous level, PostgreSQL's synchronous_commit.
    private static async Task<string> CommitSettingAsync(TempDatabase temp, DatabaseProvider provider)
    {
        await using var context = temp.Database.CreateContext();
        await context.Database.OpenConnectionAsync();
        await using var command = context.Database.GetDbConnection().CreateCommand();
        command.CommandText = provider == DatabaseProvider.Postgres ? "SHOW synchronous_commit" : "PRAGMA synchronous";
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture)!;
    }
}
