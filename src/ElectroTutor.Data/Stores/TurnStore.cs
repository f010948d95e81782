using ElectroTutor.Data.Connection;
using ElectroTutor.Tutoring.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace ElectroTutor.Data.Stores;

/// <summary>
/// <see cref="ITurnStore"/>: one database transaction per turn. The conversation state's version is claimed first,
/// with the same conditional statement <see cref="ConversationStateStore"/> uses (<c>UPDATE … WHERE version =
/// expected</c>, or an insert that does nothing if a state exists), so a turn that lost the race writes nothing else and
/// on PostgreSQL the row lock makes a concurrent turn wait and then see the new version. Attempts, skill states and the
/// display name follow in the same transaction, written by the same <see cref="TurnCommands"/> as the group-commit
/// writer; any failure rolls all of it back and is reported as a <see cref="TutorDatabaseException"/>. A context per
/// call: safe to share between requests.
/// </summary>
public sealed class TurnStore(TutorDatabase database, TimeProvider clock) : ITurnStore
{
    // A plain AttemptStore elsewhere may record one of the turn's activities between the look-up and the insert; the
    // unique index then fails the transaction, and a rerun finds the stored attempt and reports it as a repeat.
    private const int DuplicateDeliveryRetries = 3;

    /// <inheritdoc />
    /// <exception cref="ArgumentException">An attempt or skill state belongs to another learner.</exception>
    /// <exception cref="TutorDatabaseException">
    /// The database refused the turn (the learner no longer exists, a value is out of range, the disk is full, it is
    /// locked); nothing of the turn was written.
    /// </exception>
    public async Task<TurnCommitResult> CommitAsync(TurnCommit commit, CancellationToken cancellationToken = default)
    {
        Validate(commit);
        for (var run = 1; ; run++)
        {
            try
            {
                return await TryCommitAsync(commit, cancellationToken);
            }
            catch (Exception exception) when (DuplicateKey.IsUniqueViolation(exception) && run < DuplicateDeliveryRetries)
            {
                // Rolled back; the next run sees the other writer's attempt.
            }
            catch (Exception exception) when (exception is not TutorDatabaseException && database.Explain(exception) is TutorDatabaseException explained)
            {
                throw new TutorDatabaseException($"Learner {commit.LearnerId}'s turn was not stored. {explained.Message}", exception);
            }
        }
    }

    private async Task<TurnCommitResult> TryCommitAsync(TurnCommit commit, CancellationToken cancellationToken)
    {
        await using var context = database.CreateContext();
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        await using var commands = new TurnCommands(context.Database.GetDbConnection(), transaction.GetDbTransaction());
        var result = await commands.ApplyAsync(commit, clock.GetUtcNow().ToUniversalTime());
        if (result.Saved)
        {
            await transaction.CommitAsync(cancellationToken);
        }
        else
        {
            await transaction.RollbackAsync(cancellationToken);
        }

        return result;
    }

    internal static void Validate(TurnCommit commit)
    {
        ArgumentNullException.ThrowIfNull(commit);
        if (commit.ExpectedVersion < 0 || commit.StateJson is null)
        {
            throw new ArgumentException("A turn needs a state and a version of 0 or more.", nameof(commit));
        }

        if (commit.Attempts.Any(a => a?.LearnerId != commit.LearnerId) || commit.SkillStates.Any(s => s?.LearnerId != commit.LearnerId))
        {
            throw new ArgumentException($"Every attempt and skill state of learner {commit.LearnerId}'s turn must be theirs.", nameof(commit));
        }
    }
}
