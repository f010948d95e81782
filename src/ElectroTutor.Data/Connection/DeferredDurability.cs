using Microsoft.EntityFrameworkCore;

namespace ElectroTutor.Data.Connection;

/// <summary>
/// A write whose commit does not wait for the disk, because a later commit that does wait makes it durable with it. A
/// new learner's row is written just before their first turn runs, and that turn's commit, which waits for the disk,
/// follows it in the same write-ahead log, which is made durable in order; flushing the log for the row as well only
/// added a second disk flush per new learner (about one per request when every request is a new conversation). If the
/// server or the machine stops between the two, the row may be gone, but nothing acknowledged depended on it yet, and
/// the learner's next message creates it again. SQLite: the connection's <c>synchronous</c> setting is NORMAL for the
/// write and FULL again after it (every connection is also set to FULL when opened, <see cref="SqlitePragmaInterceptor"/>);
/// PostgreSQL: <c>synchronous_commit</c> is off for the write's transaction only.
/// </summary>
internal static class DeferredDurability
{
    /// <summary>Runs <paramref name="write"/> (which saves its changes) on <paramref name="context"/> with a commit that does not wait for the disk.</summary>
    public static async Task<T> SaveAsync<T>(TutorDbContext context, DatabaseProvider provider, Func<CancellationToken, Task<T>> write, CancellationToken cancellationToken)
    {
        if (provider == DatabaseProvider.Postgres)
        {
            await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await context.Database.ExecuteSqlRawAsync("SET LOCAL synchronous_commit = off", cancellationToken).ConfigureAwait(false);
            var written = await write(cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return written;
        }

        await context.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await context.Database.ExecuteSqlRawAsync("PRAGMA synchronous = NORMAL", cancellationToken).ConfigureAwait(false);
            return await write(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            RestoreFullSync(context);
            await context.Database.CloseConnectionAsync().ConfigureAwait(false);
        }
    }

    private static void RestoreFullSync(TutorDbContext context)
    {
        try
        {
            context.Database.ExecuteSqlRaw("PRAGMA synchronous = FULL");
        }
#pragma warning disable CA1031 // A connection that cannot be set back is not reused; the write's own outcome stands.
        catch (Exception)
#pragma warning restore CA1031
        {
            TutorDatabase.DiscardConnection(context);
        }
    }
}
