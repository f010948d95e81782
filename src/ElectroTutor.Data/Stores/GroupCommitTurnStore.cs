using System.Threading.Channels;
using ElectroTutor.Data.Connection;
using ElectroTutor.Tutoring.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace ElectroTutor.Data.Stores;

/// <summary>
/// <see cref="ITurnStore"/> with group commit: one writer takes every turn waiting when it becomes free and writes them
/// in one database transaction, so concurrent learners share one durable commit (one WAL fsync on SQLite, one
/// round trip to disk on PostgreSQL) instead of queuing for the write lock one by one. Each turn keeps its own
/// version claim and runs inside its own savepoint: a turn whose claim fails is reported as a conflict (its caller
/// reruns it) and a turn the database refuses fails alone, while the rest of the batch commits. A turn is answered
/// only after the batch's commit returned; if the commit fails, every turn of that batch (and no other) gets the
/// <see cref="TutorDatabaseException"/> that <see cref="TurnStore"/> would give, and nothing of it was written. The
/// statements are plain parameterised commands (<see cref="TurnCommands"/>), not EF Core's change tracking, on one
/// connection the writer keeps open from batch to batch, so they are prepared once: at classroom pace a batch holds a
/// single turn, and opening a connection (with its pragmas) and preparing every statement again was most of its cost.
/// After a failed batch the connection is discarded and the next batch opens a new one.
/// </summary>
public sealed class GroupCommitTurnStore : ITurnStore, IAsyncDisposable
{
    /// <summary>The most turns written in one transaction unless told otherwise.</summary>
    public const int DefaultMaximumBatchTurns = 64;

    private const int DuplicateDeliveryRetries = 3;

    private readonly TutorDatabase database;
    private readonly TimeProvider clock;
    private readonly int maximumBatchTurns;
    private readonly Channel<PendingTurn> queue = Channel.CreateUnbounded<PendingTurn>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task writer;

    // The writer's own connection and prepared statements, kept between batches; null until the next batch after a failure.
    private TutorDbContext? session;
    private TurnCommands? commands;

    /// <summary>Starts the writer for <paramref name="database"/>; at most <paramref name="maximumBatchTurns"/> turns share a transaction.</summary>
    public GroupCommitTurnStore(TutorDatabase database, TimeProvider clock, int maximumBatchTurns = DefaultMaximumBatchTurns)
        : this(database, clock, maximumBatchTurns, Task.CompletedTask)
    {
    }

    /// <summary>For tests: the writer takes no turn before <paramref name="writerStart"/> completes, so turns queued until then share a batch.</summary>
    internal GroupCommitTurnStore(TutorDatabase database, TimeProvider clock, int maximumBatchTurns, Task writerStart)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentOutOfRangeException.ThrowIfLessThan(maximumBatchTurns, 1);
        (this.database, this.clock, this.maximumBatchTurns) = (database, clock, maximumBatchTurns);
        writer = Task.Run(async () =>
        {
            await writerStart.ConfigureAwait(false);
            await WriteLoopAsync().ConfigureAwait(false);
        });
    }

    /// <summary>Batches written so far (for tests and diagnostics).</summary>
    public long BatchesWritten => Interlocked.Read(ref batchesWritten);

    private long batchesWritten;

    /// <summary>The size of the largest batch written so far (for tests and diagnostics).</summary>
    public int LargestBatch => Volatile.Read(ref largestBatch);

    private int largestBatch;

    /// <inheritdoc />
    /// <remarks>
    /// Cancelling stops the wait, not the write: a queued turn may still be stored, which is safe because a
    /// redelivered activity is recognised from the saved conversation.
    /// </remarks>
    /// <exception cref="ArgumentException">An attempt or skill state belongs to another learner.</exception>
    /// <exception cref="TutorDatabaseException">The turn was not stored (see <see cref="TurnStore.CommitAsync"/>), or the store is shut down.</exception>
    public Task<TurnCommitResult> CommitAsync(TurnCommit commit, CancellationToken cancellationToken = default)
    {
        TurnStore.Validate(commit);
        var pending = new PendingTurn(commit);
        if (!queue.Writer.TryWrite(pending))
        {
            throw new TutorDatabaseException($"Learner {commit.LearnerId}'s turn was not stored: the server is shutting down.");
        }

        return pending.Completion.Task.WaitAsync(cancellationToken);
    }

    /// <summary>Stops taking turns and waits until every queued turn has been written or failed.</summary>
    public async ValueTask DisposeAsync()
    {
        queue.Writer.TryComplete();
        await writer.ConfigureAwait(false);
        await CloseSessionAsync().ConfigureAwait(false);
    }

    private async Task WriteLoopAsync()
    {
        var batch = new List<PendingTurn>(maximumBatchTurns);
        while (await queue.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            while (batch.Count < maximumBatchTurns && queue.Reader.TryRead(out var pending))
            {
                batch.Add(pending);
            }

            await WriteBatchAsync(batch).ConfigureAwait(false);
            Interlocked.Increment(ref batchesWritten);
            if (batch.Count > largestBatch)
            {
                Volatile.Write(ref largestBatch, batch.Count);
            }

            batch.Clear();
        }
    }

    private async Task WriteBatchAsync(List<PendingTurn> batch)
    {
        try
        {
            var now = clock.GetUtcNow().ToUniversalTime();
            var (context, turnCommands) = await OpenSessionAsync().ConfigureAwait(false);
            var transaction = await context.Database.BeginTransactionAsync().ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                turnCommands.Enlist(transaction.GetDbTransaction());

                // Learner order, the same in every server instance, so two instances' batches on one PostgreSQL
                // take the conversation rows' locks in the same order and cannot deadlock on them.
                foreach (var pending in batch.OrderBy(p => p.Commit.LearnerId))
                {
                    await ApplyInSavepointAsync(turnCommands, pending, now).ConfigureAwait(false);
                }

                await transaction.CommitAsync().ConfigureAwait(false);
            }
        }
#pragma warning disable CA1031 // Whatever went wrong belongs to this batch's turns; the writer must live on for the next batch.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            // The connection's state after a failure mid-batch (a disk error, say) is unknown: it is not used again.
            await CloseSessionAsync(discard: true).ConfigureAwait(false);
            foreach (var pending in batch)
            {
                pending.Failure ??= exception;
                pending.Result = null;
            }
        }

        foreach (var pending in batch)
        {
            if (pending.Result is { } result)
            {
                pending.Completion.TrySetResult(result);
            }
            else
            {
                pending.Completion.TrySetException(Explain(pending.Commit, pending.Failure!));
            }
        }
    }

    /// <summary>The writer's open connection and its commands, opened now if there are none.</summary>
    private async Task<(TutorDbContext Context, TurnCommands Commands)> OpenSessionAsync()
    {
        if (session is not null && commands is not null)
        {
            return (session, commands);
        }

        session = database.CreateContext();
        session.Database.AutoSavepointsEnabled = false;

        // Opened by the writer, the connection stays open after each transaction instead of going back to the pool.
        await session.Database.OpenConnectionAsync().ConfigureAwait(false);
        commands = new TurnCommands(session.Database.GetDbConnection(), transaction: null);
        return (session, commands);
    }

    /// <summary>Closes the writer's connection and commands; never throws, so a broken connection cannot stop the writer.</summary>
    private async Task CloseSessionAsync(bool discard = false)
    {
        var (closingCommands, closingSession) = (commands, session);
        (commands, session) = (null, null);
        try
        {
            if (closingCommands is not null)
            {
                await closingCommands.DisposeAsync().ConfigureAwait(false);
            }

            if (closingSession is not null)
            {
                if (discard)
                {
                    TutorDatabase.DiscardConnection(closingSession);
                }

                await closingSession.DisposeAsync().ConfigureAwait(false);
            }
        }
#pragma warning disable CA1031 // See below.
        catch (Exception)
#pragma warning restore CA1031
        {
            // The connection is being thrown away and what broke it was already given to the batch's turns; the next
            // batch opens a new one.
        }
    }

    /// <summary>
    /// Writes one turn behind a savepoint. A duplicate delivery raced in by another writer is retried (the rerun finds
    /// the stored attempt); any other failure undoes just this turn. If even the undo fails, the transaction is lost
    /// and the exception ends the batch.
    /// </summary>
    private static async Task ApplyInSavepointAsync(TurnCommands commands, PendingTurn pending, DateTimeOffset now)
    {
        for (var run = 1; ; run++)
        {
            await commands.SaveAsync().ConfigureAwait(false);
            try
            {
                pending.Result = await commands.ApplyAsync(pending.Commit, now).ConfigureAwait(false);
                await commands.ReleaseAsync().ConfigureAwait(false);
                return;
            }
#pragma warning disable CA1031 // The failure is handed to this turn's caller, not swallowed.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                pending.Result = null;
                await commands.RollbackToSavepointAsync().ConfigureAwait(false);
                await commands.ReleaseAsync().ConfigureAwait(false);
                if (DuplicateKey.IsUniqueViolation(exception) && run < DuplicateDeliveryRetries)
                {
                    continue;
                }

                pending.Failure = exception;
                return;
            }
        }
    }

    private Exception Explain(TurnCommit commit, Exception exception) =>
        exception is not TutorDatabaseException && database.Explain(exception) is TutorDatabaseException explained
            ? new TutorDatabaseException($"Learner {commit.LearnerId}'s turn was not stored. {explained.Message}", exception)
            : exception;

    /// <summary>A queued turn and what became of it.</summary>
    private sealed class PendingTurn(TurnCommit commit)
    {
        public TurnCommit Commit { get; } = commit;

        public TaskCompletionSource<TurnCommitResult> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TurnCommitResult? Result { get; set; }

        public Exception? Failure { get; set; }
    }
}
